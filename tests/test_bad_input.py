"""Bad input, as a careless steward or an attacker would give it: one plain line, exit 2.

Every case breaks one input of a built project (package extracted, validated and
published) and runs the real command in-process through the CLI's ``main``. Each must
end with exactly one line ``error: FILE[:LINE]: ...`` naming the file (and the line,
where the file has lines), exit with code 2, print no traceback and no markup, and leave
every output (``datapackage/``, ``reports/``, ``publish/build/``) byte for byte as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import COPIED, ROOT

from budgetkit import cli
from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.validate.runner import validate

YML = "sources/sources.yml"
FIRST = "regioplus-miljoenennota-2021"  # the first entry of sources.yml
OUTPUTS = ("datapackage", "reports", "publish/build")


@dataclass(frozen=True)
class Case:
    name: str
    command: str
    file: str  # relative to the project
    mutate: Callable[[Path], None]
    line: str | None = None  # text on the line the error must name (first occurrence)
    after_line: str | None = None  # ...the first occurrence after this text


def _edit(relative: str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def mutate(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return mutate


def _entry(key: str, value: str) -> Callable[[Path], None]:
    """Set ``key`` of the first document entry in sources.yml to the YAML ``value``."""

    def mutate(root: Path) -> None:
        path = root / YML
        lines = path.read_text(encoding="utf-8").split("\n")
        start = lines.index(f"  - id: {FIRST}")
        for index in range(start, len(lines)):
            if lines[index].startswith(f"    {key}:") or (key == "id" and index == start):
                prefix = "  - " if key == "id" else "    "
                lines[index] = f"{prefix}{key}: {value}"
                break
        else:
            lines.insert(start + 1, f"    {key}: {value}")
        path.write_text("\n".join(lines), encoding="utf-8")

    return mutate


def _bytes(relative: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def mutate(root: Path) -> None:
        path = root / relative
        path.write_bytes(change(path.read_bytes()))

    return mutate


def _at_line(number: int, insert: bytes) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        lines = data.split(b"\n")
        lines[number - 1] = lines[number - 1][:5] + insert + lines[number - 1][5:]
        return b"\n".join(lines)

    return change


def _symlink_source(root: Path) -> None:
    link = root / "sources" / "passwd.txt"
    link.symlink_to("/etc/passwd")
    _entry("file", "passwd.txt")(root)


def _fifo_source(root: Path) -> None:
    os.mkfifo(root / "sources" / "fifo.txt")
    _entry("file", "fifo.txt")(root)


def _resource_link_out(root: Path) -> None:
    outside = root / "outside-amounts.csv"
    amounts = root / AMOUNTS
    outside.write_bytes(amounts.read_bytes())
    amounts.unlink()
    amounts.symlink_to(outside)


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(20)
)


def _descriptor(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def mutate(root: Path) -> None:
        path = root / "datapackage" / "datapackage.json"
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        change(descriptor)
        path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n")

    return mutate


def _outside(descriptor: dict) -> None:
    for resource in descriptor["resources"]:
        if resource["name"] == "amounts":
            resource["path"] = "../outside-amounts.csv"


def _duplicate_resource(descriptor: dict) -> None:
    descriptor["resources"].append(dict(descriptor["resources"][-1]))


def _second_file_entry(root: Path) -> None:
    """A second entry (own id) for the file the first entry already lists."""
    path = root / YML
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {FIRST}")
    end = text.index("  - id:", start + 1)
    copy = text[start:end].replace(f"id: {FIRST}", "id: the-same-file-again")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + copy, encoding="utf-8")


def _quote_at(line: int) -> Callable[[bytes], bytes]:
    return _at_line(line, b'"')


AMOUNTS = "datapackage/data/amounts.csv"
DOCS = "datapackage/data/documents.csv"
SOURCE = "sources/vng-ledenbrief-rijksbegroting-2021.txt"

CASES = [
    # sources/sources.yml
    Case("yaml-syntax", "extract", YML, _entry("title", "a: b: c"), line="a: b: c"),
    Case("symlink-out", "extract", YML, _symlink_source, line="file: passwd.txt"),
    Case("path-out", "extract", YML, _entry("file", "../../etc/passwd"), line="etc/passwd"),
    Case("file-list", "extract", YML, _entry("file", "[a, b]"), line="file: [a, b]"),
    Case("title-mapping", "extract", YML, _entry("title", "{a: 1}"), line="title: {a: 1}"),
    Case("year-text", "extract", YML, _entry("budget_year", '"abc"'), line="budget_year: \"abc\""),
    Case("id-slash", "extract", YML, _entry("id", "a/b"), line="id: a/b"),
    Case("id-space", "extract", YML, _entry("id", '"a b"'), line='id: "a b"'),
    # the id, kind and year rules are the documents columns' (schemas/documents.json)
    Case("id-not-a-document-id", "extract", YML, _entry("id", "a_b.c"), line="id: a_b.c"),
    Case("year-out-of-range", "extract", YML, _entry("budget_year", "1850"), line="1850"),
    Case("id-twice", "extract", YML,
         _edit(YML, "id: platform31-rijksbegroting-2020", f"id: {FIRST}"),
         line=f"id: {FIRST}", after_line="url: null"),
    Case("file-twice", "extract", YML, _second_file_entry, line="file:", after_line="file-again"),
    Case("kind-markup", "extract", YML, _entry("kind", '"[/red] :100:"'), line="[/red]"),
    Case("url-script", "extract", YML, _entry("url", '"javascript:alert(1)"'), line="javascript"),
    Case("date", "extract", YML, _entry("published", '"2020-13"'), line="2020-13"),
    Case("unknown-key", "extract", YML, _entry("colour", "red"), line="colour"),
    Case("missing-file", "extract", YML, _entry("file", "nowhere.txt"), line="nowhere.txt"),
    Case("fifo", "extract", YML, _fifo_source, line="fifo.txt"),
    Case("alias-bomb", "extract", YML,
         lambda root: (root / YML).write_text(BOMB), line="*a"),
    # source texts
    Case("source-nul", "extract", SOURCE, _bytes(SOURCE, _at_line(100, b"\0")), line=None),
    Case("source-latin1", "extract", SOURCE, _bytes(SOURCE, _at_line(7, b"\xe9"))),
    Case("source-empty", "extract", SOURCE, _bytes(SOURCE, lambda d: b""), line=None),
    Case("source-blank", "extract", SOURCE, _bytes(SOURCE, lambda d: b" \n\t\r\n"), line=None),
    Case("source-orphan", "extract", "sources/orphan.txt",
         lambda root: (root / "sources/orphan.txt").write_text("x\n")),
    # checks/
    Case("tolerance-type", "validate", "checks/tolerances.yml",
         _edit("checks/tolerances.yml", "rounding_per_figure: 0.5", 'rounding_per_figure: "abc"'),
         line="rounding_per_figure"),
    Case("expectation-type", "validate", "checks/expectations/amounts.json",
         _edit("checks/expectations/amounts.json", '"expect_compound_columns_to_be_unique"',
               '"expect_the_unexpected"'), line="expect_the_unexpected"),
    Case("expectation-kwargs", "validate", "checks/expectations/amounts.json",
         _edit(
             "checks/expectations/amounts.json",
             '"min_value": -1000000000000000,',
             '"min_value": "abc",',
         ),
         line='"type": "expect_column_values_to_be_between"'),
    Case("links-status", "validate", "checks/links.yml",
         _edit("checks/links.yml", "  status: confirmed", "  status: maybe"), line="status: maybe"),
    Case("curation-type", "extract", "checks/curation.yml",
         _edit("checks/curation.yml", "split_at: 1885", "split_at: {a: 1}"),
         line="split_at: {a: 1}"),
    # datapackage/
    Case("descriptor-json", "validate", "datapackage/datapackage.json",
         _edit("datapackage/datapackage.json", '"name": "budgetkit"', '"name": budgetkit'),
         line="budgetkit"),
    Case("resource-outside", "validate", "datapackage/datapackage.json",
         _descriptor(_outside), line="../outside-amounts.csv"),
    Case("resource-twice", "validate", "datapackage/datapackage.json",
         _descriptor(_duplicate_resource), line='"name": "findings"', after_line='"findings"'),
    Case("resource-link-out", "validate", "datapackage/datapackage.json", _resource_link_out,
         line='"path": "data/amounts.csv"'),
    Case("csv-bom", "validate", DOCS, _bytes(DOCS, lambda d: b"\xef\xbb\xbf" + d)),
    Case("csv-truncated", "validate", AMOUNTS, _bytes(AMOUNTS, lambda d: d[: len(d) // 2])),
    Case("csv-quote", "validate", AMOUNTS, _bytes(AMOUNTS, _quote_at(40))),
    Case("csv-latin1", "validate", AMOUNTS, _bytes(AMOUNTS, _at_line(30, b"\xe9"))),
    Case("csv-nul", "validate", AMOUNTS, _bytes(AMOUNTS, _at_line(30, b"\0"))),
    Case("csv-ragged", "validate", DOCS, _bytes(DOCS, _at_line(3, b","))),
    Case("csv-ragged-amounts", "validate", AMOUNTS, _bytes(AMOUNTS, _at_line(30, b","))),
    Case("csv-header", "validate", DOCS, _bytes(DOCS, lambda d: d.replace(b"title", b"titel", 1))),
    Case("csv-empty", "validate", DOCS, _bytes(DOCS, lambda d: b"")),
    # publish: the package changed after validation
    Case("publish-edited", "publish", "reports/validation.md",
         _bytes(DOCS, lambda d: d.replace(b"RegioPlus", b"RegioMinus", 1))),
]  # fmt: skip


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, validated and published once for all cases."""
    root = tmp_path_factory.mktemp("built")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("build"))
    project = Project(root)
    assert validate(project).passed
    publish(project)
    return root


def _outputs(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in OUTPUTS
        for path in sorted((root / folder).rglob("*"))
        if path.is_file()
    }


def _expected_line(root: Path, case: Case) -> int | None:
    if case.line is None:
        return None
    lines = (root / case.file).read_text(encoding="utf-8", errors="replace").split("\n")
    start = 0
    if case.after_line:
        start = next(i for i, text in enumerate(lines) if case.after_line in text) + 1
    return next(i for i in range(start, len(lines)) if case.line in lines[i]) + 1


def run_main(monkeypatch: pytest.MonkeyPatch, capsys, *args: str) -> tuple[int, str, str]:
    """The ``budgetkit`` command in-process, as the console script runs it."""
    monkeypatch.setattr(sys, "argv", ["budgetkit", *args])
    monkeypatch.delenv("BUDGETKIT_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
        sys.exit(0)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    case: Case, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    case.mutate(root)
    before = _outputs(root)
    code, _out, err = run_main(monkeypatch, capsys, case.command, "--project-dir", str(root))
    errors = [line for line in err.splitlines() if line.startswith(("error", "internal error"))]
    assert code == 2, err
    assert len(errors) == 1 and err.splitlines()[-1] == errors[0], err
    assert "Traceback" not in err
    line = _expected_line(root, case)
    where = f"{root / case.file}:{line}:" if line else f"{root / case.file}:"
    assert errors[0].startswith(f"error: {where}"), (errors[0], where)
    assert _outputs(root) == before, "a failed command changed an output"


PACKAGE_CASES = [c for c in CASES if c.command == "validate" and c.file.startswith("datapackage/")]


@pytest.mark.parametrize("case", PACKAGE_CASES, ids=[case.name for case in PACKAGE_CASES])
def test_the_structure_layer_alone_refuses_bad_input_as_every_layer_does(
    case: Case, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Run alone, the structure layer reads each file streamed, not through the loader's
    frames (``PackageData.scan``): the same file is refused with the same line."""
    lines = []
    for layers in ([], ["--layer", "structure"]):
        root = tmp_path / f"project{len(layers)}"
        shutil.copytree(built, root, symlinks=True)
        case.mutate(root)
        before = _outputs(root)
        code, _out, err = run_main(
            monkeypatch, capsys, "validate", "--project-dir", str(root), *layers
        )
        assert code == 2, err
        assert _outputs(root) == before, "a failed command changed an output"
        lines.append(err.splitlines()[-1].replace(str(root), "ROOT"))
    assert lines[0] == lines[1]


def test_error_line_is_plain_text(monkeypatch: pytest.MonkeyPatch, capsys, built, tmp_path) -> None:
    """Markup and emoji codes in a value print as written, never interpreted."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    _entry("kind", '"[/red] [bold]x :100:"')(root)
    _code, _out, err = run_main(monkeypatch, capsys, "extract", "--project-dir", str(root))
    assert "'[/red] [bold]x :100:'" in err.splitlines()[-1]
    assert "\N{HUNDRED POINTS SYMBOL}" not in err and "\x1b" not in err


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch, built, tmp_path) -> None:
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    _entry("kind", "nonsense")(root)
    monkeypatch.setattr(sys, "argv", ["budgetkit", "extract", "--project-dir", str(root)])
    monkeypatch.setenv("BUDGETKIT_DEBUG", "1")
    from budgetkit.errors import InputError

    with pytest.raises(InputError):
        cli.main()


def test_header_only_csv_is_judged_not_crashed_on(
    monkeypatch: pytest.MonkeyPatch, capsys, built, tmp_path
) -> None:
    """A resource with a header and no rows is a valid, empty CSV (a project without tables
    has one): validation judges it (data errors, exit 1) and does not crash."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    amounts = root / AMOUNTS
    amounts.write_bytes(amounts.read_bytes().split(b"\n", 1)[0] + b"\n")
    code, _out, err = run_main(monkeypatch, capsys, "validate", "--project-dir", str(root))
    assert code == 1, err
    assert "internal error" not in err and "Traceback" not in err
    assert re.search(r"\d+ data errors", err)
    assert os.path.exists(root / "reports" / "validation.json")


def test_every_tolerance_has_a_type_in_its_schema(project: Project) -> None:
    """A setting added to checks/tolerances.yml without a type would go unchecked."""
    from budgetkit.inputschema import load_schema, parse

    path = project.checks / "tolerances.yml"
    data = parse(path, path.read_text(encoding="utf-8"))
    schema = load_schema(project.schemas, "tolerances")["properties"]
    untyped = [
        f"{section}.{key}"
        for section, settings in data.items()
        for key in settings
        if key not in schema.get(section, {}).get("properties", {})
    ]
    assert untyped == []


def test_a_resource_edited_after_validation_anywhere_in_the_package_is_not_published(
    monkeypatch: pytest.MonkeyPatch, capsys, built: Path, tmp_path: Path
) -> None:
    """The fingerprint covers every file a resource names, not only data/*.csv."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    project = Project(root)
    moved = project.datapackage / "more" / "tables.csv"
    moved.parent.mkdir()
    (project.datapackage / "data" / "tables.csv").rename(moved)
    _descriptor(
        lambda d: next(r for r in d["resources"] if r["name"] == "tables").update(
            path="more/tables.csv"
        )
    )(root)
    assert validate(project).passed
    moved.write_bytes(moved.read_bytes().replace(b"Tabel", b"Tafel", 1))
    before = _outputs(root)
    code, _out, err = run_main(monkeypatch, capsys, "publish", "--project-dir", str(root))
    assert code == 2 and "changed after it was validated" in err.splitlines()[-1], err
    assert _outputs(root) == before


def _not_utf8(where: str) -> Callable[[bytes], tuple[bytes, int]]:
    """Bytes that are not UTF-8 put in ``where`` of a CSV; the line they are on."""

    def change(data: bytes) -> tuple[bytes, int]:
        lines = data.split(b"\n")
        if where == "quoted":
            number = next(i for i, line in enumerate(lines) if b',"' in line) + 1
            at = lines[number - 1].index(b',"') + 2
        else:
            number = {"header": 1, "last": len(lines) - 1}.get(where, 30)
            at = 5
        lines[number - 1] = lines[number - 1][:at] + b"\xe9" + lines[number - 1][at:]
        if where == "before-ragged":
            lines[40] += b","
        if where == "before-open-quote":
            lines[40] = b'"' + lines[40]
        if where == "before-cut":
            lines.pop()  # the final line break: the file ends mid-line
        return b"\n".join(lines), number

    return change


WHERE_NOT_UTF8 = ["header", "middle", "last", "quoted", "before-ragged", "before-open-quote"]


LAYERS = [[], ["--layer", "structure"]]  # every layer; the structure layer alone (streamed)


@pytest.mark.parametrize("layers", LAYERS, ids=["all", "structure"])
@pytest.mark.parametrize("where", [*WHERE_NOT_UTF8, "before-cut"])
def test_a_csv_not_utf8_is_named_so_with_its_line_whatever_else_is_wrong(
    where: str,
    layers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    built: Path,
    tmp_path: Path,
) -> None:
    """The loader leaves the UTF-8 check to polars, which reads headers leniently and
    refuses a file for whichever fault it meets first: the message must still be this one."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    path = root / AMOUNTS
    data, line = _not_utf8(where)(path.read_bytes())
    path.write_bytes(data)
    code, _out, err = run_main(monkeypatch, capsys, "validate", "--project-dir", str(root), *layers)
    assert code == 2, err
    assert err.splitlines()[-1] == f"error: {path}:{line}: resource is not UTF-8 (byte 0xe9)"


@pytest.mark.parametrize("layers", LAYERS, ids=["all", "structure"])
@pytest.mark.parametrize("resource", [AMOUNTS, DOCS])
@pytest.mark.parametrize("cut", ["last", "middle"])
def test_a_row_with_too_few_fields_is_named_with_its_line(
    resource: str,
    cut: str,
    layers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    built: Path,
    tmp_path: Path,
) -> None:
    """Polars pads such a row instead of refusing it; the loader must still refuse it: a
    field cut from the end of the row (its last cell then empty) or from its middle."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    path = root / resource
    lines = path.read_bytes().split(b"\n")
    number = next(n for n in range(3, len(lines)) if b'"' not in lines[n - 1])
    head, _, tail = lines[number - 1].partition(b",")
    if cut == "last":
        lines[number - 1] = lines[number - 1].rsplit(b",", 1)[0]
    else:
        lines[number - 1] = head + tail  # two cells run together
    width = len(lines[0].split(b","))
    path.write_bytes(b"\n".join(lines))
    code, _out, err = run_main(monkeypatch, capsys, "validate", "--project-dir", str(root), *layers)
    assert code == 2, err
    expected = f"error: {path}:{number}: row has {width - 1} fields, the schema has {width}"
    assert err.splitlines()[-1] == expected
