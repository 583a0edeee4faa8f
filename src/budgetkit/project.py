"""Where a budgetkit project keeps its files.

Every stage takes a ``Project`` rather than loose paths so that tests can run the real
pipeline on a copy of the project in a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def sources_yml(self) -> Path:
        return self.sources / "sources.yml"

    @property
    def schemas(self) -> Path:
        return self.root / "schemas"

    @property
    def datapackage(self) -> Path:
        return self.root / "datapackage"

    @property
    def descriptor(self) -> Path:
        return self.datapackage / "datapackage.json"

    @property
    def checks(self) -> Path:
        return self.root / "checks"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def publish(self) -> Path:
        return self.root / "publish"

    @property
    def build(self) -> Path:
        """Generated publishing output (database, zip); not committed."""
        return self.publish / "build"

    def relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.root.resolve()).as_posix()
