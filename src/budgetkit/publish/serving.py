"""How the site is served: one description used by ``budgetkit serve``, tests and benchmarks.

The database is opened immutable (read-only, counts from the inspect file), with a SQL
time limit and a row limit from ``publish/site.yml``; no plugin that writes is loaded.
"""

from __future__ import annotations

import json
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.publish.metadata import DOWNLOAD_MOUNT
from budgetkit.publish.site import Site, load_site
from budgetkit.publish.stage import INSPECT_NAME, METADATA_NAME, database_path


@dataclass(frozen=True)
class SiteFiles:
    db: Path
    metadata: Path
    inspect: Path
    site: Site
    downloads: Path

    def settings(self) -> dict[str, Any]:
        return dict(self.site.settings)

    def datasette_args(self, host: str, port: int) -> list[str]:
        """Arguments for ``python -m datasette``."""
        args = [
            sys.executable, "-m", "datasette", "serve",
            "-i", str(self.db),
            "--metadata", str(self.metadata),
            "--inspect-file", str(self.inspect),
            "--template-dir", str(self.site.templates),
            "--plugins-dir", str(self.site.plugins),
            "--static", f"{DOWNLOAD_MOUNT}:{self.downloads}",
            "--static", f"static:{self.site.static}",
            "--host", host,
            "--port", str(port),
        ]  # fmt: skip
        for name, value in self.settings().items():
            args += ["--setting", name, _setting_text(value)]
        return args

    def datasette(self):  # -> datasette.app.Datasette; imported lazily (slow import)
        """An in-process Datasette over the same files, for tests and benchmarks."""
        from datasette.app import Datasette

        return Datasette(
            immutables=[str(self.db)],
            metadata=json.loads(self.metadata.read_text(encoding="utf-8")),
            inspect_data=json.loads(self.inspect.read_text(encoding="utf-8")),
            template_dir=str(self.site.templates),
            plugins_dir=str(self.site.plugins),
            static_mounts=[
                (DOWNLOAD_MOUNT, str(self.downloads)),
                ("static", str(self.site.static)),
            ],
            settings=self.settings(),
        )


def require_free_port(host: str, port: int) -> None:
    """Refuse, in one line, a port another program already listens on.

    Datasette would print the address and then fail with a traceback and exit code 3; the
    check binds the way its server does (address reuse on, so a port in TIME_WAIT after a
    previous run is free)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InputError(
                f"{host}:{port}",
                f"cannot serve on this port ({exc.strerror}); another program uses it: "
                "choose another with --port (make serve PORT=8002)",
            ) from None


def _setting_text(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def site_files(project: Project) -> SiteFiles:
    """The published files, or an ``InputError`` saying to publish first."""
    site = load_site(project)
    files = SiteFiles(
        db=database_path(project, site.database),
        metadata=project.build / METADATA_NAME,
        inspect=project.build / INSPECT_NAME,
        site=site,
        downloads=project.build,
    )
    for path in (files.db, files.metadata, files.inspect):
        if not path.exists():
            raise InputError(path, "nothing published yet; run `budgetkit publish` first")
    return files
