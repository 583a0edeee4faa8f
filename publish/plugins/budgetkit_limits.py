"""What keeps one visitor from taking the public site down, or using it against another.

- **Values and results**: every read connection gets ``SQLITE_LIMIT_LENGTH`` (no string or
  blob longer than ``max_value_bytes``: ``zeroblob(1000000000)`` fails inside SQLite before
  a byte is allocated) and a row factory that stops a query once the rows fetched for it
  add up to ``max_result_bytes`` (a thousand rows of large values cannot pile up in memory
  either). Datasette shows either as the query's error.
- **Concurrent SQL**: requests that run SQL a visitor chose (``?sql=``, filters, search: any
  query string on a data page) take one of ``num_sql_threads - 1`` slots, waiting at most
  ``query_wait_seconds`` before a 503; one SQL thread always stays free for plain pages, so
  they stay fast while slow queries run.
- **Headers**: every response carries a Content-Security-Policy (scripts only from the site
  itself and the page's own inline ``<script>`` blocks, by hash, so a ``javascript:`` link or
  an event-handler attribute cannot run; a whole ``<script>`` element smuggled into the HTML
  would be hashed too: the templates' escaping is what stops that; the chart pages under
  ``/-/dashboards`` may also evaluate strings, which Vega needs for its expressions and
  which never lets a link run a script), framing
  only by the site itself (``X-Frame-Options: SAMEORIGIN``: a table page embeds its chart),
  ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer``.
- **No server paths**: ``/-/databases`` (which shows the database's absolute path) is not
  served.

The limits come from ``publish/site.yml`` (``limits:``) through the plugin configuration.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from datasette import hookimpl

CSP = (
    "default-src 'self'; script-src 'self' {evaluate}{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "form-action 'self'"
)
HEADERS = [
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
HIDDEN = re.compile(r"^/-/databases(\.json)?$")
INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
OPEN_PATHS = ("/-/", "/static/", "/download/")
EVALUATING_PATHS = ("/-/dashboards",)  # Vega compiles its expressions with Function()


def _limits(datasette) -> dict[str, Any]:
    return (datasette.plugin_config("budgetkit") or {}).get("limits") or {}


def _capped_rows(max_bytes: int) -> Callable[[sqlite3.Cursor, tuple], sqlite3.Row]:
    """A row factory that counts the bytes of the rows one cursor fetches and fails the
    query when they pass ``max_bytes`` (one connection runs one query at a time)."""
    current: dict[str, Any] = {"cursor": None, "bytes": 0}

    def factory(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
        if current["cursor"] is None or current["cursor"]() is not cursor:
            current["cursor"], current["bytes"] = weakref.ref(cursor), 0
        current["bytes"] += sum(
            len(value) if isinstance(value, (str, bytes)) else 8 for value in row
        )
        if current["bytes"] > max_bytes:
            raise sqlite3.OperationalError(
                f"result too large: over {max_bytes // 1_000_000} MB; select fewer rows or columns"
            )
        return sqlite3.Row(cursor, row)

    return factory


@hookimpl
def prepare_connection(conn, database, datasette):
    limits = _limits(datasette)
    if "max_value_bytes" in limits:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, int(limits["max_value_bytes"]))
    if "max_result_bytes" in limits:
        conn.row_factory = _capped_rows(int(limits["max_result_bytes"]))


def _runs_chosen_sql(scope: dict[str, Any]) -> bool:
    """A data page with a query string: the visitor chose SQL, a filter or a search."""
    path = scope.get("path", "")
    return bool(scope.get("query_string")) and not path.startswith(OPEN_PATHS)


def _hashes(body: bytes) -> str:
    found = {
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in INLINE_SCRIPT.findall(body)
    }
    return " ".join(sorted(found))


async def _send_plain(send, status: int, text: str, extra: list | None = None) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *(extra or [])],
        }
    )
    await send({"type": "http.response.body", "body": text.encode()})


def _with_headers(start: dict[str, Any], body: bytes, evaluate: bool) -> dict[str, Any]:
    names = {name.lower() for name, _ in start.get("headers", [])}
    headers = [*start.get("headers", [])]
    headers += [(name, value) for name, value in HEADERS if name not in names]
    if b"content-security-policy" not in names:
        policy = CSP.format(evaluate="'unsafe-eval' " if evaluate else "", hashes=_hashes(body))
        headers.append((b"content-security-policy", policy.encode()))
    return {**start, "headers": headers}


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        slots: dict[str, asyncio.Semaphore] = {}

        async def limited(scope, receive, send):
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            if HIDDEN.match(scope.get("path", "")):
                await _send_plain(_secured(send, scope), 404, "not found")
                return
            if not _runs_chosen_sql(scope):
                await app(scope, receive, _secured(send, scope))
                return
            limits = _limits(datasette)
            threads = int(datasette.setting("num_sql_threads") or 1)
            if "slots" not in slots:
                slots["slots"] = asyncio.Semaphore(max(1, threads - 1))
            semaphore = slots["slots"]
            try:
                await asyncio.wait_for(
                    semaphore.acquire(), timeout=float(limits.get("query_wait_seconds", 5))
                )
            except TimeoutError:
                await _send_plain(
                    _secured(send, scope),
                    503,
                    "too many queries are running; try again",
                    [(b"retry-after", b"5")],
                )
                return
            try:
                await app(scope, receive, _secured(send, scope))
            finally:
                semaphore.release()

        return limited

    return wrap


def _secured(send, scope: dict[str, Any]):
    """``send`` with the security headers added to the response start. An HTML page is
    held until its body is complete, so the policy can name its inline scripts' hashes."""
    held: dict[str, Any] = {}
    evaluate = scope.get("path", "").startswith(EVALUATING_PATHS)

    async def secured(message):
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers", []))
            if headers.get(b"content-type", b"").startswith(b"text/html"):
                held["start"], held["body"] = message, b""
                return
            await send(_with_headers(message, b"", evaluate))
        elif "start" in held and message["type"] == "http.response.body":
            held["body"] += message.get("body", b"")
            if not message.get("more_body"):
                await send(_with_headers(held.pop("start"), held["body"], evaluate))
                await send({"type": "http.response.body", "body": held.pop("body")})
        else:
            await send(message)

    return secured
