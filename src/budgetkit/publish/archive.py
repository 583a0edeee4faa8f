"""The complete Frictionless data package as one deterministic zip.

Fixed timestamps, permissions and member order mean the same package always gives the
same zip bytes, so a download can be checked against a published hash.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def package_members(descriptor: dict[str, Any]) -> list[str]:
    """The descriptor first, then every resource file in descriptor order."""
    return ["datapackage.json", *(resource["path"] for resource in descriptor["resources"])]


def write_zip(package_dir: Path, descriptor: dict[str, Any], out: Path) -> None:
    with zipfile.ZipFile(out, "w") as archive:
        for member in package_members(descriptor):
            info = zipfile.ZipInfo(member, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (package_dir / member).read_bytes(), compresslevel=9)
