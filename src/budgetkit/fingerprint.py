"""A fingerprint of the data package, tying a validation report to the bytes it judged.

Publishing refuses a report whose fingerprint is not the package's current one, so a
package edited after validation can never be published on an old verdict.
"""

from __future__ import annotations

import hashlib

from budgetkit.project import Project


def package_fingerprint(project: Project) -> str:
    digest = hashlib.sha256()
    files = [project.descriptor, *sorted((project.datapackage / "data").glob("*.csv"))]
    for path in files:
        digest.update(path.relative_to(project.datapackage).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes() if path.exists() else b"")
        digest.update(b"\0")
    return digest.hexdigest()
