"""A fingerprint of the data package, tying a validation report to the bytes it judged.

Publishing refuses a report whose fingerprint is not the package's current one, so a
package edited after validation can never be published on an old verdict. It covers every
file validation reads from the package: the descriptor and each file a resource names
(wherever in the package it lives), not only ``data/*.csv``.
"""

from __future__ import annotations

import hashlib

from budgetkit.descriptor import package_files
from budgetkit.project import Project


def package_fingerprint(project: Project) -> str:
    digest = hashlib.sha256()
    for path in package_files(project):
        digest.update(path.relative_to(project.datapackage).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
        digest.update(b"\0")
    return digest.hexdigest()
