"""Every table the site publishes has its Table Schema in schemas/, and the database
follows it: schemas/ is the single source of truth, for derived tables too."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from publish_sample import make_sample_project

from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.publish.database import DERIVED, derived_schemas


@pytest.fixture
def sample(tmp_path: Path) -> Project:
    return make_sample_project(tmp_path)


def test_derived_tables_have_schema_files(project: Project):
    for name in DERIVED:
        assert (project.schemas / f"{name}.json").is_file(), name


def test_database_columns_follow_the_schema_files(sample: Project):
    db = sqlite_utils.Database(publish(sample))
    types = {"integer": int, "number": float, "boolean": int, "string": str}
    for name, schema in derived_schemas(sample).items():
        columns = {c.name: c.type for c in db[name].columns}
        assert list(columns) == [f["name"] for f in schema["fields"]], name
    amounts = {c.name: c.type for c in db["amounts"].columns}
    assert amounts["amount_eur"] == "REAL" and amounts["line"] == "INTEGER"
    assert amounts["quote"] == "TEXT"
    row = next(db["amounts"].rows)
    assert isinstance(row["amount_eur"], types["number"]) and isinstance(row["line"], int)
    assert row["qualifier"] is None  # a missing value is NULL, not ""
    cell = next(db["table_cells"].rows)  # the sample has a table, so this cannot be skipped
    assert cell["adds_up"] in (0, 1, None)
