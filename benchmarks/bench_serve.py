"""Serving speed on a million amounts: throughput and p50/p95 latency of the real site.

Generates a clean package of realistic size with benchmarks/generate_package.py, publishes
it with the real publish stage (database, metadata, inspect data), starts the real server
(`python -m datasette` with the same arguments `budgetkit serve` uses) and measures the
pages with wrk on localhost: a table page, filtered and unfiltered faceted pages, a
full-text search (the table's and the journalist's search page), a canned query, a table
as printed, the chart page and the data its chart fetches. Every request must succeed.

Usage: python benchmarks/bench_serve.py [--amounts 1000000] [--duration 15]
           [--connections 1 4] [--reuse | --published PROJECT_DIR]
Needs wrk (Debian: apt-get install -y wrk). Results: printed, and benchmarks/out/serve.json.
Publishing skips the validation gate: the gate is not what is measured. --published
measures a project published earlier as it is (its own publish/ folder and database).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from generate_package import generate

from budgetkit.project import Project
from budgetkit.publish.serving import site_files
from budgetkit.publish.stage import publish

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"

#: What is measured: a name and a path on the site.
PAGES = {
    "table page (amounts)": "/budget/amounts",
    "faceted page (ministry=VWS; document, year, basis)": (
        "/budget/amounts?ministry=VWS&_facet=document_id&_facet=year_from&_facet=basis"
    ),
    "faceted page, unfiltered (4 facets over all rows)": (
        "/budget/amounts?_facet=ministry&_facet=document_id&_facet=year_from&_facet=basis"
    ),
    "full-text search (amounts, jeugdzorg)": "/budget/amounts?_search=jeugdzorg",
    "full-text search from the search box (_zoek, counted in the index)": (
        "/budget/amounts?_zoek=jeugdzorg&_nocount=1"
    ),
    "search page (zoeken, jeugdzorg)": "/budget/zoeken?q=jeugdzorg",
    "canned query (amounts per ministry and year, VWS)": (
        "/budget/amounts_per_ministry_and_year?ministry=VWS"
    ),
    "findings page (explained, both places)": "/budget/numbers_that_do_not_add_up",
    "chart page (money per year)": "/-/dashboards/geld-per-jaar",
}


def site_pages(project: Project) -> dict[str, str]:
    """``PAGES`` plus the pages that depend on the data: the largest table as printed, and
    the data the money-per-year chart fetches (its SQL, as the browser sends it)."""
    files = site_files(project)
    with sqlite3.connect(files.db) as conn:
        (table_id,) = conn.execute(
            "select table_id from tables order by row_count * column_count desc limit 1"
        ).fetchone()
    metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    chart = metadata["plugins"]["datasette-dashboards"]["geld-per-jaar"]["charts"]["per-document"]
    sql = re.sub(r"\[\[.*?\]\]", "", chart["query"], flags=re.S)
    return {
        **PAGES,
        f"table as printed ({table_id})": "/budget/tabel?" + urlencode({"tabel": table_id}),
        "chart data (per document and year)": "/budget.json?"
        + urlencode({"sql": sql, "_shape": "objects"}),
    }


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format(
    'RESULT {"p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "requests": %d, '
    .. '"status_errors": %d, "socket_errors": %d, "seconds": %.2f}\\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.duration / 1e6))
end
"""


def prepare(out: Path, amounts: int, reuse: bool) -> tuple[Project, dict]:
    """Generate (unless reused) and publish the package; return the project and timings."""
    timings: dict = {}
    manifest = out / "manifest.json"
    if not (reuse and manifest.exists()):
        started = time.perf_counter()
        generate(out, amounts, seed=1, errors_per_kind=0)
        timings["generate_s"] = round(time.perf_counter() - started, 1)
    project = Project(out)
    shutil.rmtree(project.publish, ignore_errors=True)
    shutil.copytree(REPO / "publish", project.publish, ignore=shutil.ignore_patterns("build"))
    # The derived tables' schemas are the repository's (a reused package may predate one).
    shutil.copytree(REPO / "schemas", project.schemas, dirs_exist_ok=True)
    started = time.perf_counter()
    db = publish(project, check_validation=False)
    timings["publish_s"] = round(time.perf_counter() - started, 1)
    timings["db_mb"] = round(db.stat().st_size / 1e6)
    timings["rows"] = json.loads(manifest.read_text())["rows"]
    return project, timings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(project: Project, port: int) -> subprocess.Popen:
    args = site_files(project).datasette_args("127.0.0.1", port)
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2):
                return server
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)


def check_page(url: str) -> int:
    """Fetch once (warms the page cache); return the byte size. Fails on any error."""
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
    if b"facet-timed-out" in body or b"Query interrupted" in body:
        raise SystemExit(f"{url}: a query or facet hit the time limit")
    return len(body)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) the server has used so far (Linux /proc).

    Divided by the requests served it gives the CPU cost of a page, which does not depend
    on what else the machine is doing: on an idle core a page's latency is close to it.
    """
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(url: str, connections: int, duration: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    result = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script.name,
         url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    Path(script.name).unlink()
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    figures = json.loads(line.removeprefix("RESULT "))
    figures["requests_per_s"] = round(figures["requests"] / figures["seconds"], 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--amounts", type=int, default=1_000_000)
    parser.add_argument("--duration", type=int, default=15, help="seconds per measurement")
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--reuse", action="store_true", help="reuse a generated package")
    parser.add_argument(
        "--published", type=Path, help="measure this already published project (no publish)"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install -y wrk)")

    if args.published:
        project, timings = Project(args.published), {}
    else:
        project, timings = prepare(OUT / f"serve-{args.amounts}", args.amounts, args.reuse)
    print(f"published {timings}", file=sys.stderr)
    port = free_port()
    server = start_server(project, port)
    results = []
    try:
        for name, path in site_pages(project).items():
            url = f"http://127.0.0.1:{port}{path}"
            size = check_page(url)
            for connections in args.connections:
                cpu_before = cpu_seconds(server.pid)
                figures = run_wrk(url, connections, args.duration)
                cpu = cpu_seconds(server.pid) - cpu_before
                figures["cpu_ms_per_request"] = round(1000 * cpu / max(figures["requests"], 1), 1)
                figures.update(
                    page=name, path=path, connections=connections, bytes=size,
                    load_average=os.getloadavg()[0],
                )  # fmt: skip
                results.append(figures)
                print(json.dumps(figures), file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=10)

    errors = sum(r["status_errors"] + r["socket_errors"] for r in results)
    report = {
        "amounts": args.amounts, "publish": timings, "load_average": os.getloadavg(),
        "results": results, "errors": errors,
    }  # fmt: skip
    (OUT / ("serve-published.json" if args.published else "serve.json")).write_text(
        json.dumps(report, indent=1) + "\n"
    )
    print(f"\n{args.amounts:,} amounts; database {timings.get('db_mb')} MB, published in "
          f"{timings.get('publish_s')} s; load average {os.getloadavg()}; "
          f"wrk -t1, {args.duration} s per row\n")  # fmt: skip
    print("| page | conn | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms/req | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        failed = r["status_errors"] + r["socket_errors"]
        print(f"| {r['page']} | {r['connections']} | {r['requests_per_s']} | {r['p50_ms']} | "
              f"{r['p95_ms']} | {r['p99_ms']} | {failed} | {r['cpu_ms_per_request']} | "
              f"{r['load_average']:.1f} |")  # fmt: skip
    if errors:
        raise SystemExit(f"{errors} requests failed")


if __name__ == "__main__":
    main()
