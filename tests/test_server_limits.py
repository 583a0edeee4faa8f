"""The public server keeps its promises against a hostile visitor.

A real Datasette process is started the way ``budgetkit serve`` starts it, on the real
published package, and measured from outside: its memory (``VmHWM``, the peak resident set,
from /proc) while it refuses a 1 GB ``zeroblob`` and a result of many large values; the
time a plain page takes while slow queries fill the server; the headers every response
carries (as ``curl -I`` shows them); that no response names a path on the server; and that
only the published files can be downloaded.
"""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import socket
import stat
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import COPIED, ROOT
from publish_sample import write_validation_report

from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.publish.serving import site_files

MB = 1_000_000
SECURITY_HEADERS = (
    "content-security-policy",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
)
SLOW_SQL = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = site_files(project).datasette_args("127.0.0.1", self.port)
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/-/versions.json", timeout=2):
                    break
            except OSError:
                assert self.process.poll() is None, self.process.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)

    def memory(self, field: str) -> int:
        """A memory figure of the server process in bytes (VmRSS now, VmHWM the peak)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(field)

    def get(self, path: str, method: str = "GET", timeout: float = 60):
        request = urllib.request.Request(self.url + path, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers.items()), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers.items()), error.read()

    def sql(self, sql: str, timeout: float = 60):
        return self.get("/budget.json?" + urllib.parse.urlencode({"sql": sql}), timeout=timeout)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("served")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("build"))
    project = Project(root)
    write_validation_report(project)
    publish(project)
    running = Server(project)
    yield running
    running.process.terminate()
    running.process.wait(timeout=10)


def _refused_without_the_memory(server: Server, sql: str, why: bytes) -> None:
    """``sql`` is answered 400 (saying ``why``) while the server's peak RSS grows < 300 MB."""
    before = server.memory("VmRSS")
    status, _headers, body = server.sql(sql)
    assert status == 400 and why in body
    grown = server.memory("VmHWM") - before
    print(f"{sql}: peak RSS grew {grown / MB:.0f} MB")
    assert grown < 300 * MB


def test_a_1gb_zeroblob_is_refused_without_the_memory(server: Server) -> None:
    _refused_without_the_memory(server, "select zeroblob(1000000000)", b"too big")


def test_many_large_values_are_refused_without_the_memory(server: Server) -> None:
    """Each value under the value cap, a thousand of them over the result cap (900 MB)."""
    sql = "select zeroblob(900000) from source_lines limit 1000"
    _refused_without_the_memory(server, sql, b"result too large")
    status, _headers, _body = server.sql("select zeroblob(900000) from source_lines limit 5")
    assert status == 200  # large values are fine, up to the cap


def _timed(server: Server, path: str) -> float:
    started = time.monotonic()
    status, _headers, _body = server.get(path)
    assert status == 200
    return time.monotonic() - started


def test_a_plain_page_stays_fast_while_slow_queries_run(server: Server) -> None:
    """Eight queries that each run to the 2 s time limit would hold every SQL thread for
    seconds; a plain page (it runs SQL too) must take about as long as on an idle server."""
    page = "/budget/documents.json"
    idle = min(_timed(server, page) for _ in range(3))
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        slow = [pool.submit(server.sql, SLOW_SQL, 60) for _ in range(8)]
        time.sleep(0.5)  # the slow queries hold the server
        busy = _timed(server, page)
        answers = [future.result() for future in slow]
    print(f"plain page: {idle:.2f}s idle, {busy:.2f}s while 8 slow queries run")
    assert all(code in (400, 503) for code, _h, _b in answers)  # cut at the time limit, or 503
    assert busy < idle + 1.0, "the plain page waited behind visitors' slow queries"


@pytest.mark.parametrize(
    "path", ["/", "/budget/documents", "/budget.json?sql=select+1", "/download/datapackage.zip"]
)
def test_every_response_carries_the_security_headers(server: Server, path: str) -> None:
    status, headers, _body = server.get(path)
    assert status == 200
    lower = {name.lower(): value for name, value in headers.items()}
    for name in SECURITY_HEADERS:
        assert name in lower, name
    assert "script-src 'self'" in lower["content-security-policy"]
    assert (
        "unsafe-inline" not in lower["content-security-policy"].split("script-src")[1].split(";")[0]
    )
    assert lower["x-frame-options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in lower["content-security-policy"]


def test_curl_head_shows_the_security_headers(server: Server) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    shown = subprocess.run([curl, "-sI", server.url + "/"], capture_output=True, text=True).stdout
    for name in SECURITY_HEADERS:
        assert name in shown.lower(), shown


@pytest.mark.parametrize(
    "path",
    [
        "/-/databases.json", "/download/inspect-data.json", "/.json", "/budget.json",
        "/-/metadata.json", "/-/settings.json", "/-/plugins.json", "/-/versions.json",
        "/-/threads.json", "/budget/documents.json", "/-/config.json",
    ],
)  # fmt: skip
def test_no_response_names_a_server_path(server: Server, path: str) -> None:
    _status, _headers, body = server.get(path)
    root = str(server.project.root.resolve())
    assert root.encode() not in body and str(server.project.root).encode() not in body


def test_only_the_published_files_can_be_downloaded(server: Server) -> None:
    build = server.project.build
    published = sorted(path.name for path in build.iterdir())
    assert published == [
        "budget.db", "datapackage.zip", "excel", "inspect-data.json", "metadata.json",
    ]  # fmt: skip
    for path in [build / name for name in published] + list((build / "excel").iterdir()):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        wanted = 0o055 if path.is_dir() else 0o044
        assert mode & wanted == wanted, f"{path.name} is not readable by others: {oct(mode)}"
    leftover = build.parent / ".build.new-test"
    leftover.mkdir()
    (leftover / "budget.db").write_bytes(b"x")
    try:
        for path in (
            "/download/../.build.new-test/budget.db",
            "/download/%2e%2e/.build.new-test/budget.db",
            "/download/../site.yml",
        ):
            status, _headers, _body = server.get(path)
            assert status == 404, path
    finally:
        shutil.rmtree(leftover)
