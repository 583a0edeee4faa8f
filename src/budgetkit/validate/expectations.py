"""Layer 6, expectations: Great Expectations suites over the package, rendered as Data Docs.

Each suite in ``checks/expectations/*.json`` is a GX 1.x suite holding what a steward
expects beyond the schema (distributions, uniqueness across columns, rows per document).
The schema's own column rules are added to it at run time from ``schemas/*.json``, not
copied into the file. ``meta.budgetkit`` in a suite says which resource it reads and
whether it reads row counts per ``group_by`` column. Suites run in an ephemeral context;
a failed expectation is a data error.
"""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path
from typing import Any

import polars as pl

from budgetkit.errors import InputError
from budgetkit.inputschema import line_of, load_checked
from budgetkit.schemas import load_schema
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.config import Tolerances
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult
from budgetkit.validate.tableschema import primary_key

NAME = "expectations"
DOCS_DIR = "data-docs"
#: BASIC: counts and a few example values; SUMMARY would also count every unexpected value.
RESULT_FORMAT = {"result_format": "BASIC", "partial_unexpected_count": 5}


def schema_expectations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema's column rules as GX expectations (the suites never repeat these)."""
    why = {"source": "schemas/*.json"}
    out = []
    for field in schema["fields"]:
        name, c = field["name"], field.get("constraints") or {}
        if c.get("required"):
            out.append(("expect_column_values_to_not_be_null", {"column": name}))
        if c.get("unique"):
            out.append(("expect_column_values_to_be_unique", {"column": name}))
        if "enum" in c:
            out.append(
                ("expect_column_values_to_be_in_set", {"column": name, "value_set": c["enum"]})
            )
        if "pattern" in c:
            out.append(
                (
                    "expect_column_values_to_match_regex",
                    {"column": name, "regex": f"^(?:{c['pattern']})$"},
                )
            )
        if "minimum" in c or "maximum" in c:
            out.append(
                (
                    "expect_column_values_to_be_between",
                    {"column": name, "min_value": c.get("minimum"), "max_value": c.get("maximum")},
                )
            )
    key = primary_key(schema)
    if len(key) > 1:
        out.append(("expect_compound_columns_to_be_unique", {"column_list": key}))
    return [{"type": t, "kwargs": k, "meta": why} for t, k in out]


def _check_expectations(path: Path, text: str, suite: dict[str, Any]) -> None:
    """Refuse an expectation GX does not know, or arguments it would not accept, at its line
    (GX itself would fail with a traceback mid-run)."""
    from great_expectations.exceptions import ExpectationNotFoundError
    from great_expectations.expectations.registry import get_expectation_impl

    for index, expectation in enumerate(suite.get("expectations") or []):
        line = line_of(text, ["expectations", index, "type"])
        try:
            implementation = get_expectation_impl(expectation["type"])
        except ExpectationNotFoundError:
            raise InputError(
                path, f"unknown expectation type {expectation['type']!r}", line
            ) from None
        try:
            implementation(**(expectation.get("kwargs") or {}))
        except Exception as exc:  # pydantic's ValidationError, GX's own errors
            errors = getattr(exc, "errors", None)
            first = errors()[0] if callable(errors) else None
            why = f"{'.'.join(map(str, first['loc']))}: {first['msg']}" if first else str(exc)
            raise InputError(path, f"{expectation['type']}: {why}", line) from None


def load_suites(project) -> list[dict[str, Any]]:
    """Every suite, checked against ``schemas/inputs/expectations.json`` and GX's own
    expectation types."""
    folder = project.checks / "expectations"
    suites = []
    for path in sorted(folder.glob("*.json")):
        suite, text = load_checked(project.schemas, path, "expectations")
        _check_expectations(path, text, suite)
        suite["_path"] = path
        suites.append(suite)
    return suites


def _columns_used(expectations: list[dict[str, Any]]) -> list[str] | None:
    """The columns a suite reads, or None when it judges the table's columns themselves.

    GX's pandas engine filters the whole frame for every column it checks, so handing it
    only these columns is most of the layer's speed at a million rows.
    """
    used: dict[str, None] = {}
    for expectation in expectations:
        if expectation["type"].startswith("expect_table_column"):
            return None
        for name, value in (expectation.get("kwargs") or {}).items():
            if name.startswith("column"):
                for column in [value] if isinstance(value, str) else value or []:
                    used[column] = None
    return list(used)


def _frame(data: PackageData, meta: dict[str, Any], columns: list[str] | None):
    resource = meta["resource"]
    typed = data.typed(resource)
    if columns is not None and not meta.get("group_by"):
        typed = typed.select(columns)
    if meta.get("group_by"):
        # Rows per group, counting groups with no rows at all (listed in ``groups_from``).
        column = meta["group_by"]
        groups = data.raw(meta.get("groups_from", resource)).select(column).unique()
        counts = typed.group_by(column).len("rows")
        typed = (
            groups.join(counts, on=column, how="left")
            .sort(column)
            .with_columns(pl.col("rows").fill_null(0))
        )
    return typed.drop("_row", strict=False).to_pandas()


def _context(docs_dir: Path | None):
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    if docs_dir:
        context.add_data_docs_site(
            site_name="budgetkit",
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return gx, context


def _describe(result: dict[str, Any]) -> str:
    unexpected = result.get("unexpected_count")
    sample = result.get("partial_unexpected_list") or []
    if unexpected is not None:
        shown = ", ".join(repr(v) for v in sample[:5])
        return f"{unexpected} unexpected values" + (f" (e.g. {shown})" if shown else "")
    if "observed_value" in result:
        return f"observed {result['observed_value']!r}"
    return "expectation not met"


class Suites(Check):
    """Each Great Expectations suite in checks/expectations/ holds (the message names the
    suite and the failing expectation's type); Data Docs render into reports/."""

    code = "expectation"

    def run(self, data: PackageData, result: LayerResult, state: None) -> None:
        _run_suites(data, result)


CHECKS: tuple[type[Check], ...] = (Suites,)


def run(data: PackageData) -> LayerResult:
    return run_checks(NAME, CHECKS, data)


def _run_suites(data: PackageData, result: LayerResult) -> None:
    project = data.project
    render = bool(Tolerances(project).get("expectations", "data_docs"))
    staging = project.reports / f".{DOCS_DIR}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    gx, context = _context(staging.resolve() if render else None)
    source = context.data_sources.add_pandas("package")
    definitions, frames = [], {}
    for suite_json in load_suites(project):
        meta = suite_json["meta"]["budgetkit"]
        name = suite_json["name"]
        own = list(suite_json.get("expectations") or [])
        derived = (
            []
            if meta.get("group_by")
            else schema_expectations(load_schema(project.schemas, meta["resource"]))
        )
        suite = context.suites.add(
            gx.ExpectationSuite(name=name, expectations=derived + own, meta=suite_json["meta"])
        )
        batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        definitions.append(
            context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=suite)
            )
        )
        frames[name] = (meta, _columns_used(derived + own))
        result.checked[f"{name} expectations"] = len(derived) + len(own)
    for definition in definitions:
        # One suite's pandas frame at a time: a million rows as Python objects is big.
        meta, columns = frames.pop(definition.name)
        frame = _frame(data, meta, columns)
        with warnings.catch_warnings():
            # pandas warns that a schema pattern has groups; GX only tests for a match.
            warnings.simplefilter("ignore", UserWarning)
            outcome_set = definition.run(
                batch_parameters={"dataframe": frame}, result_format=RESULT_FORMAT
            )
        for outcome in outcome_set.results:
            if outcome.success:
                continue
            config = outcome.expectation_config
            column = config.kwargs.get("column") or "+".join(config.kwargs.get("column_list") or [])
            result.error(
                Suites.code,
                f"suite {definition.name}: {config.type} on {column or 'table'}: "
                f"{_describe(outcome.result)}",
                resource=meta["resource"],
                field=column or None,
            )
    if render:
        context.build_data_docs(site_names=["budgetkit"])
    if render:
        final = project.reports / DOCS_DIR
        shutil.rmtree(final, ignore_errors=True)
        if staging.exists():
            staging.rename(final)
            result.notes.append(f"Data Docs: {project.relative(final / 'index.html')}")
