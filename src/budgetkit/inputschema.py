"""Reading a file a person edits (YAML or JSON) against a JSON Schema of its own.

``sources/sources.yml`` and every file under ``checks/`` is checked where it is read, so a
wrong type (``rounding_per_figure: "abc"``, a title that is a mapping) is refused with
one line naming the file, the line and the key, instead of failing later deep inside a
layer. The schemas live in ``schemas/inputs/<name>.json`` (``checks/README.md``).

Data is parsed with the fast parser; the slower node-by-node pass that knows line
numbers runs only when there is an error to place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from budgetkit.errors import InputError
from budgetkit.schemas import load_schema as load_table_schema
from budgetkit.textfile import read_text

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_SHOWN = 60  # characters of a bad value quoted in a message


def schema_path(schemas: Path, name: str) -> Path:
    return schemas / "inputs" / f"{name}.json"


def _yaml_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark else None


def parse(path: Path, text: str) -> Any:
    """The file's data: JSON for ``.json``, YAML otherwise (dates become ISO text)."""
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
    try:
        if "*" in text:  # an alias, maybe: refused, a few can stand for billions of values
            for event in yaml.parse(text, Loader=_LOADER):
                if isinstance(event, yaml.AliasEvent):
                    line = event.start_mark.line + 1
                    raise InputError(path, "YAML aliases (*name) are not allowed here", line)
        return _plain(yaml.load(text, Loader=_LOADER))
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(path, f"invalid YAML: {problem}", _yaml_line(exc)) from None


def _plain(value: Any) -> Any:
    """YAML's dates as the ISO text a JSON Schema (and a CSV cell) expects."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def line_of(text: str, where: Sequence[str | int]) -> int | None:
    """1-based line of the value at ``where`` (keys and list indexes) in YAML or JSON text.

    JSON is read as YAML for this (it nearly is); the deepest node found is used, so a
    missing key points at the mapping that lacks it.
    """
    return line_in(compose(text), where)


def compose(text: str) -> yaml.Node | None:
    """YAML or JSON text as nodes that know their lines (None if it does not parse): for a
    caller placing many values, composed once instead of once per ``line_of``."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None


def line_in(node: yaml.Node | None, where: Sequence[str | int]) -> int | None:
    """``line_of`` in text already composed."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in where:
        if isinstance(node, yaml.MappingNode):
            found = [value for key, value in node.value if key.value == str(step)]
            key_nodes = [key for key, _ in node.value if key.value == str(step)]
            if not found:
                break
            line = key_nodes[0].start_mark.line + 1
            node = found[0]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


def shown(value: Any) -> str:
    """A value quoted in a message, cut short so the message stays one readable line."""
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def _dotted(where: Sequence[str | int]) -> str:
    out = ""
    for step in where:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _message(error: jsonschema.ValidationError) -> str:
    where = _dotted(list(error.absolute_path))
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        what = f"must be {'an' if expected[0] in 'aeiou' else 'a'} {expected}"
        return f"{where or 'the file'} {what}, not {shown(error.instance)}"
    if error.validator == "required":
        missing = error.message.removesuffix(" is a required property")
        return f"{where or 'the file'} lacks {missing}"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(str(key) for key in error.instance if key not in allowed)
        return f"{where or 'the file'}: unknown setting {extra[0]!r}" + (
            f" (allowed: {', '.join(allowed)})" if allowed else ""
        )
    if error.validator in ("enum", "pattern", "format", "minimum", "maximum", "minItems",
                           "maxItems", "minLength", "const", "uniqueItems"):  # fmt: skip
        return f"{where or 'the file'}: {shown(error.instance)} {_rule(error)}"
    return f"{where or 'the file'}: {error.message}"


def _rule(error: jsonschema.ValidationError) -> str:
    value = error.validator_value
    described = error.schema.get("description") if isinstance(error.schema, dict) else None
    rules = {
        "enum": f"is not one of {', '.join(map(str, value)) if isinstance(value, list) else value}",
        "pattern": f"does not match {described or value}",
        "format": f"is not a valid {value}",
        "minimum": f"is below the minimum {value}",
        "maximum": f"is above the maximum {value}",
        "minItems": f"has fewer than {value} items",
        "maxItems": f"has more than {value} items",
        "minLength": "is empty" if value == 1 else f"is shorter than {value}",
        "const": f"must be {value!r}",
        "uniqueItems": "has repeated items",
    }
    return rules[error.validator]


def check(path: Path, text: str, data: Any, schema: dict[str, Any]) -> None:
    """Raise ``InputError`` at the line of the first place ``data`` breaks ``schema``."""
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    where = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        where += sorted(str(key) for key in error.instance if key not in allowed)[:1]
    raise InputError(path, _message(error), line_of(text, where))


#: sources.yml keys whose rules are those of a documents column: stated once, in
#: schemas/documents.json, so an entry the input check lets through is one the package holds.
DOCUMENT_COLUMNS = {"id": "document_id", "kind": "doc_type", "budget_year": "budget_year"}


def load_schema(schemas: Path, name: str) -> dict[str, Any]:
    schema = json.loads(schema_path(schemas, name).read_text(encoding="utf-8"))
    if name == "sources":
        _with_document_rules(schemas, schema)
    return schema


def _with_document_rules(schemas: Path, schema: dict[str, Any]) -> None:
    """Fill the sources.yml keys named in ``DOCUMENT_COLUMNS`` with their column's
    constraints (a Table Schema pattern matches the whole value, so it is anchored here)."""
    columns = {
        field["name"]: field.get("constraints") or {}
        for field in load_table_schema(schemas, "documents")["fields"]
    }
    keys = schema["properties"]["documents"]["items"]["properties"]
    for key, column in DOCUMENT_COLUMNS.items():
        constraints = columns[column]
        if "pattern" in constraints:
            keys[key]["pattern"] = f"^(?:{constraints['pattern']})$"
        if "enum" in constraints:
            keys[key]["enum"] = constraints["enum"]
        for bound in ("minimum", "maximum"):
            if bound in constraints:
                keys[key][bound] = constraints[bound]


def load_checked(schemas: Path, path: Path, name: str) -> tuple[Any, str]:
    """The data in ``path`` checked against ``schemas/inputs/<name>.json``, and its text
    (for callers that place their own, cross-entry errors with ``line_of``)."""
    text = read_text(path)
    data = parse(path, text)
    check(path, text, data, load_schema(schemas, name))
    return data, text
