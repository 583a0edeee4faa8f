"""The CSV variant a Dutch-locale Excel opens as columns: ';', a UTF-8 BOM, decimal commas.

Excel set to Dutch reads a plain UTF-8 CSV as one column (it expects ';' as the separator)
and garbles '€' (it guesses the encoding unless a byte-order mark says UTF-8). One
writer for both places the site offers it: the whole of every table, written at publish
time into ``publish/build/excel/`` (a table page's rows are capped at the site's row
limit, a million amounts are not), and the ``.excel`` renderer for a filtered page
(``publish/plugins/budgetkit_downloads.py``). Datasette's standard CSV stays as it is.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

BOM = "\ufeff"
FOLDER = "excel"
#: Rows a worksheet holds; a longer file opens cut off in Excel (the site says so).
EXCEL_MAX_ROWS = 1_048_576


def excel_cell(value: Any) -> str:
    """Numbers the way Dutch Excel reads them: no thousands separator, a decimal comma."""
    if isinstance(value, dict):  # a foreign key Datasette expanded to {value, label}
        value = value.get("value")
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def write_excel_csv(out: IO[str], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """The BOM, a header and the rows, ';'-separated with CRLF line ends (as Excel writes)."""
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([excel_cell(value) for value in row])


def file_name(table: str) -> str:
    return f"{table}-excel.csv"


def write_excel_tables(db_path: Path, folder: Path, tables: Iterable[str]) -> None:
    """Every row of each table, in primary key order, into ``folder/<table>-excel.csv``.

    Called on the publish stage's staging folder, so the files switch in with the
    database they were read from."""
    folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        for table in tables:
            info = conn.execute(f"pragma table_info({_quoted(table)})").fetchall()
            columns = [row[1] for row in info]
            keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
            order = ", ".join(_quoted(key) for key in keys) or "rowid"
            select = ", ".join(_quoted(column) for column in columns)
            cursor = conn.execute(f"select {select} from {_quoted(table)} order by {order}")
            with (folder / file_name(table)).open("w", encoding="utf-8", newline="") as out:
                write_excel_csv(out, columns, cursor)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
