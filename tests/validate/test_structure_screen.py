"""The screen chooses rows; Frictionless on those rows must report what it reports on all.

Every test compares the structure layer's way (``structure_screen.validate``: the screen,
then Frictionless on the chosen rows, row numbers mapped back) with plain Frictionless
(``Package.validate`` on the whole files) on the same package, error by error: type,
row, field, cells, note and message. The broken row stands past the first 100 lines,
which the screen always keeps (Frictionless sniffs its dialect from them), so a rule the
screen forgot loses the error instead of passing by luck.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from frictionless import FrictionlessException, Package
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from inline_package import DOCUMENT, amount_row, build

from budgetkit.validate import frictionless_speedups, structure_screen
from budgetkit.validate.loader import PackageData

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Het kabinet trekt € 3,5 mrd uit.\n"
ROWS = 150
BROKEN = 140  # index of the broken row: CSV row 142 (header 1, first row 2)
EXTRA_FIELDS = {
    "amounts": [
        {"name": "checked_on", "type": "date", "constraints": {"minimum": "2020-01-01"}},
        {"name": "share", "type": "number", "constraints": {"minimum": 0, "maximum": 1}},
        {"name": "flag", "type": "boolean"},
        {"name": "link", "type": "string", "format": "uri"},
        {
            "name": "code",
            "type": "string",
            "constraints": {"pattern": "[A-Z]{2}-[0-9]+", "minLength": 4, "maxLength": 8},
        },
        {"name": "rank", "type": "integer", "constraints": {"unique": True}},
        {"name": "count", "type": "integer"},
    ]
}


def _amounts(**broken: object) -> list[dict[str, object]]:
    rows = [
        amount_row(
            amount_id=f"a{i}",
            column=i + 1,
            checked_on="2021-03-04",
            share=0.25,
            flag=True,
            link="https://example.org/a",
            code="AB-12",
            rank=i,
            count=i * 7,
        )
        for i in range(ROWS)
    ]
    rows[BROKEN].update(broken)
    return rows


def _project(tmp_path: Path, **rows):
    rows.setdefault("amounts", _amounts())
    return build(tmp_path, {DOCUMENT: TEXT}, extra_fields=EXTRA_FIELDS, **rows)


def _both(project):
    """(plain Frictionless' errors, the screened errors, the screen's tables)."""
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    root = project.datapackage
    full = Package(descriptor, basepath=str(root)).validate(limit_errors=10**9)
    screened = structure_screen.validate(descriptor, root)
    want = [(t.name, [e.to_descriptor() for e in t.errors]) for t in full.tasks]
    got = [(name, [e.to_descriptor() for e in errors]) for name, errors in screened.tasks]
    assert [e.to_descriptor() for e in screened.errors] == [e.to_descriptor() for e in full.errors]
    return want, got, screened.tables


def _found(errors) -> set[tuple[str, str, int | None]]:
    return {(name, e["type"], e.get("rowNumber")) for name, es in errors for e in es}


CELLS = [
    ("line", "x", "type-error"),  # integer
    ("count", "12x", "type-error"),  # integer with no constraint to fall back on
    ("amount_eur_max", "12x", "type-error"),  # number with no constraint to fall back on
    ("line", "007", None),  # read as 7 by Frictionless: not an error, but not canonical
    ("line", "0", "constraint-error"),  # minimum
    ("share", "1,5", "type-error"),  # number
    ("share", "1.5", "constraint-error"),  # maximum
    ("share", "1.0000000001", "constraint-error"),  # just past the bound
    ("flag", "ja", "type-error"),  # boolean
    ("checked_on", "2021-02-30", "type-error"),  # date
    ("checked_on", "2019-12-31", "constraint-error"),  # date minimum
    ("link", "example.org/a", "type-error"),  # uri without a scheme
    ("role", "", "constraint-error"),  # required
    ("role", "boss", "constraint-error"),  # enum
    ("code", "ab-12", "constraint-error"),  # pattern
    ("code", "AB-123456", "constraint-error"),  # maxLength
    ("code", "AB-12\n", None),  # Python's $ matches before a final newline, Rust's does not
    ("code", "AB-12\nX", "constraint-error"),
    ("rank", 120, "unique-error"),  # the same as row 122
    ("amount_id", "a120", "primary-key"),  # and a unique-error: amount_id is unique too
    ("document_id", "nowhere", "foreign-key"),
    ("quote", 'een "quote", met komma\nen regel', None),  # a multi-line record is one row
]


@pytest.mark.parametrize(("field", "value", "kind"), CELLS)
def test_a_broken_cell_is_reported_as_frictionless_reports_it(tmp_path, field, value, kind):
    project = _project(tmp_path, amounts=_amounts(**{field: value}))
    want, got, tables = _both(project)
    assert got == want
    if kind:
        assert ("amounts", kind, BROKEN + 2) in _found(want)
    else:
        assert not _found(want)
    amounts = tables["amounts"]
    assert amounts.all_rows is None
    assert structure_screen.kept(amounts).sum() < ROWS  # the screen did cut
    # Streamed through the loader (the layer run alone): the same rows, the same report.
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    data = PackageData.load(project)
    streamed = structure_screen.validate(descriptor, project.datapackage, scan=data.scan)
    assert [(n, [e.to_descriptor() for e in es]) for n, es in streamed.tasks] == want
    assert not any(data.loaded(name) for name in data.resources)  # no text frame held
    assert (
        structure_screen.kept(streamed.tables["amounts"]) == structure_screen.kept(amounts)
    ).all()


@pytest.mark.parametrize("how", ["frames", "scan"])
def test_the_loaders_frames_give_the_same_report(tmp_path, how):
    """The layer hands the screen the frames the loader read (not parsed again), or, run
    alone, the loader's streamed scan; the rows Frictionless found errors in are read back
    from their records as the loader reads them."""
    rows = _amounts(role="boss")
    rows[BROKEN - 5]["quote"] = 'twee\nregels, "en" meer'
    rows[BROKEN + 3]["line"] = "x"
    project = _project(tmp_path, amounts=rows)
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    data = PackageData.load(project)
    full = Package(descriptor, basepath=str(project.datapackage)).validate(limit_errors=10**9)
    if how == "frames":
        frames = {name: data.raw(name) for name in data.resources}
        screened = structure_screen.validate(descriptor, project.datapackage, frames)
    else:
        screened = structure_screen.validate(descriptor, project.datapackage, scan=data.scan)
    want = [(t.name, [e.to_descriptor() for e in t.errors]) for t in full.tasks]
    got = [(name, [e.to_descriptor() for e in errors]) for name, errors in screened.tasks]
    assert got == want
    assert {("amounts", BROKEN + 2), ("amounts", BROKEN + 5)} <= {
        (name, e.get("rowNumber")) for name, es in want for e in es
    }
    assert structure_screen.kept(screened.tables["amounts"]).sum() < ROWS
    rows = sorted({e["rowNumber"] for name, es in want for e in es if name == "amounts"})
    rows = [BROKEN - 3, *rows, ROWS + 1]  # and the multi-line record, and the last
    found = structure_screen.records(screened.tables["amounts"], rows)
    assert found is not None
    assert found.equals(PackageData.load(project).raw("amounts").filter(pl.col("_row").is_in(rows)))


def test_frictionless_converts_names_as_before_once_the_layer_is_done(tmp_path):
    """The layer remembers Frictionless' snake-case conversions and copies its plain lists
    as lists only while it runs: after it, both functions are Frictionless' own again
    (``_both`` shows the report is the same)."""
    from frictionless.metadata import metadata
    from frictionless.vendors import stringcase

    own, copies = stringcase.snakecase, metadata.deepcopy
    project = _project(tmp_path, amounts=_amounts(role="boss"))
    want, got, _ = _both(project)
    assert got == want and _found(want)
    assert stringcase.snakecase is own and metadata.deepcopy is copies
    assert own("fieldName") == "field_name"


def test_row_errors_render_their_messages_again_once_the_layer_is_done(tmp_path):
    """While the layer validates a subset, an error with a row number is made without
    rendering its message, which ``_renumbered`` renders (``_both``: the same messages);
    after the layer, Frictionless' errors render theirs when made, as before."""
    from frictionless import errors

    project = _project(tmp_path, amounts=_amounts(role="boss"))
    want, got, _ = _both(project)
    assert got == want and _found(want)
    assert "metadata_export" not in errors.CellError.__dict__
    assert "metadata_export" not in frictionless_speedups.Error.__dict__
    error = errors.ConstraintError(
        note="nope", cells=["x"], row_number=7, cell="x", field_name="role", field_number=1
    )
    assert 'in row at position "7" and field "role"' in error.message
    assert error.message.endswith("does not conform to a constraint: nope")


def test_plain_lists_are_copied_as_deepcopy_copies_them():
    """A list of strings and numbers comes back a new, equal list; anything holding
    something mutable (a nested list, a dict) is still copied all the way down."""
    cells = ["2024", "", None, 7, 1.5, True]
    copied = frictionless_speedups.copy_of(cells)
    assert copied == cells and copied is not cells
    nested = [["a"], {"b": ["c"]}]
    deep = frictionless_speedups.copy_of(nested)
    assert deep == nested and deep[0] is not nested[0] and deep[1]["b"] is not nested[1]["b"]


def test_the_plugin_search_finds_what_pkgutil_finds(tmp_path, monkeypatch):
    """In the layer's block, listing every module on ``sys.path`` (Frictionless' search
    for ``frictionless_*`` plugins) yields nothing only where no file or folder is so
    named; with one on the path it is ``pkgutil``'s own listing, plugin included; a
    listing with a path is always ``pkgutil``'s; after the block, ``pkgutil`` is itself."""
    import pkgutil

    own = pkgutil.iter_modules
    here = {m.name for m in own([str(Path(frictionless_speedups.__file__).parent)])}
    with frictionless_speedups.faster():
        assert not [m for m in pkgutil.iter_modules() if m.name.startswith("frictionless_")]
        assert {m.name for m in pkgutil.iter_modules([str(tmp_path)])} == set()
        assert {
            m.name for m in pkgutil.iter_modules([str(Path(frictionless_speedups.__file__).parent)])
        } == here
        (tmp_path / "frictionless_probe").mkdir()
        (tmp_path / "frictionless_probe" / "__init__.py").write_text("")
        monkeypatch.syspath_prepend(str(tmp_path))
        found = [m.name for m in pkgutil.iter_modules() if m.name.startswith("frictionless_")]
        assert found == ["frictionless_probe"]
    assert pkgutil.iter_modules is own


def _sniffed(sniffer: csv.Sniffer, sample: str, delimiters: str | None) -> object:
    try:
        found = sniffer.sniff(sample, delimiters)
    except csv.Error as error:
        return ("error", str(error))
    names = ("delimiter", "quotechar", "doublequote", "skipinitialspace", "lineterminator")
    return tuple(getattr(found, name) for name in names)


@settings(max_examples=500, deadline=None)
@given(
    lines=st.lists(
        st.text(alphabet="ab1-:. ,;\t|'\"\\", max_size=12),
        max_size=12,
    ),
    delimiters=st.sampled_from([",\t;|", ",", ";", "", None]),
)
def test_the_quick_sniffer_answers_as_the_csv_sniffer(lines, delimiters):
    """``QuickSniffer`` (the layer's ``csv.Sniffer``) gives the dialect or the error the csv
    module's sniffer gives, on samples with and without quotes and delimiters, for every
    list of delimiters; its shortcut is taken only where no delimiter can be found."""
    sample = "\n".join(lines)
    want = _sniffed(csv.Sniffer(), sample, delimiters)
    assert _sniffed(frictionless_speedups.QuickSniffer(), sample, delimiters) == want
    if frictionless_speedups.sniffs_no_delimiter(sample, delimiters):
        assert want == ("error", "Could not determine delimiter")


def test_a_one_column_sample_is_not_searched_and_csv_is_itself_after(monkeypatch):
    """In the layer's block a sample of keys (no quote, no delimiter) gets the sniffer's
    error without its search (Frictionless then reads it as ``csv.excel``); a sample with
    commas is still searched; after the block, ``csv.Sniffer`` is the csv module's own."""
    own = csv.Sniffer
    keys = "".join(f"bench-000000-memo-2019:{i}\n" for i in range(100))
    searched: list[str] = []
    monkeypatch.setattr(
        own, "_guess_delimiter", lambda self, data, d: searched.append(data) or (",", False)
    )
    with frictionless_speedups.faster():
        with pytest.raises(csv.Error, match="Could not determine delimiter"):
            csv.Sniffer().sniff(keys, ",\t;|")
        assert not searched
        assert csv.Sniffer().sniff("a,b\nc,d\n", ",\t;|").delimiter == ","
        assert searched == ["a,b\nc,d\n"]
    assert csv.Sniffer is own


def test_a_row_after_a_multi_line_record_keeps_its_number(tmp_path):
    rows = _amounts(role="boss")
    rows[BROKEN - 5]["quote"] = 'twee\nregels, "en" meer'
    want, got, _ = _both(_project(tmp_path, amounts=rows))
    assert got == want
    assert ("amounts", "constraint-error", BROKEN + 2) in _found(want)


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(
        st.lists(
            st.sampled_from(["a", "", "b c", '"q,r"', '"x\ny"', '"say ""hi"""', "2*3", '"*\n*"']),
            min_size=1,
        ),
        min_size=1,
        max_size=8,
    ),
    chunk=st.integers(min_value=1, max_value=9),
)
def test_records_end_where_the_csv_reader_ends_them(cells, chunk):
    """Record bounds found a few bytes at a time (pieces as small as one byte, so a quoted
    line feed and the quotes around it fall in different pieces) are where Python's csv
    reader ends each record; a "*", which the one comparison that finds line feeds and
    quotes also finds, is neither."""
    text = "".join(",".join(row) + "\n" for row in cells)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(structure_screen, "CHUNK", chunk)
        bounds = structure_screen.record_bounds(text.encode("utf-8"))
    reader = csv.reader(io.StringIO(text, newline=""))
    records = [next(reader) for _ in range(len(bounds) - 1)]
    assert next(reader, None) is None
    for start, end, record in zip(bounds[:-1], bounds[1:], records, strict=True):
        piece = text.encode("utf-8")[start:end].decode("utf-8")
        assert next(csv.reader(io.StringIO(piece, newline=""))) == record


def test_a_quote_inside_an_unquoted_cell_makes_records_unknown():
    assert structure_screen.record_bounds(b'a,b\nx"y,z\n') is None
    assert structure_screen.record_bounds(b'a,b\n"open,z\n') is None


def _edit_line(project, name: str, number: int, edit) -> None:
    path = project.datapackage / "data" / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[number - 1] = edit(lines[number - 1])
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "kind"),
    [
        (lambda line: line + ",extra", "extra-cell"),
        (lambda line: line.rsplit(",", 1)[0], "missing-cell"),
        (lambda line: "", "blank-row"),
        (lambda line: "," * line.count(","), "blank-row"),
        # a required cell quoted empty: polars reads it as "", Frictionless as missing
        (lambda line: '"",' + line.split(",", 1)[1], "constraint-error"),
    ],
)
def test_a_broken_row_is_reported_as_frictionless_reports_it(tmp_path, edit, kind):
    project = _project(tmp_path)
    _edit_line(project, "amounts", BROKEN + 2, edit)
    want, got, tables = _both(project)
    assert got == want
    assert ("amounts", kind, BROKEN + 2) in _found(want)
    assert structure_screen.kept(tables["amounts"]).sum() < ROWS


def test_a_subset_frictionless_would_read_otherwise_keeps_the_first_records(tmp_path):
    """Frictionless takes the labels from the first record about as wide as the first 100
    on average: were the subset only the header and 30 rows ten cells too wide, it would
    take row 2 for the labels. The screen sees that and keeps the first 100 records."""
    project = _project(tmp_path)
    for number in range(ROWS - 28, ROWS + 2):
        _edit_line(project, "amounts", number, lambda line: line + "," * 10)
    want, got, tables = _both(project)
    assert got == want
    assert ("amounts", "extra-cell", ROWS + 1) in _found(want)
    assert tables["amounts"].prefix == structure_screen.DEFAULT_SAMPLE_SIZE - 1


def test_a_bad_header_sends_every_row_to_frictionless(tmp_path):
    project = _project(tmp_path, amounts=_amounts(role="boss"))
    _edit_line(project, "amounts", 1, lambda line: line.replace("quote", "citaat"))
    want, got, tables = _both(project)
    assert got == want
    assert "incorrect-label" in {e["type"] for _, es in want for e in es}
    assert tables["amounts"].all_rows


def test_a_quote_inside_an_unquoted_cell_sends_every_row_to_frictionless(tmp_path):
    project = _project(tmp_path, amounts=_amounts(role="boss"))
    _edit_line(project, "amounts", 50, lambda line: line.replace("€ 3,5 mrd", 'zo"n'))
    want, got, tables = _both(project)
    assert got == want
    assert tables["amounts"].all_rows


@pytest.mark.parametrize(
    ("names", "plain"),
    [
        (["a", "b"], True),
        (["a", "a,b"], False),  # the csv module reads two labels where the schema has one
        (["a", 'b"'], False),
        (["a", "b\nc"], False),
        (["a", ""], False),  # blank-label
        (["a", "a"], False),  # duplicate-label
    ],
)
def test_a_subset_of_only_its_header_is_left_unread_only_when_its_labels_are_plain(names, plain):
    """A resource the screen keeps no row of is not handed to Frictionless (opening it costs
    ~15 ms to read a header the screen already compared with the schema): only when that
    header cannot hold a label error."""
    table = structure_screen.Table("t", Path("t.csv"), {"fields": [{"name": n} for n in names]})
    assert structure_screen._plain_labels(table) is plain


def test_a_resource_with_no_row_to_read_has_its_empty_task(tmp_path):
    """Broken amounts only: every other resource is left unread, and its task is still
    there, empty, as in plain Frictionless' report."""
    want, got, tables = _both(_project(tmp_path, amounts=_amounts(role="boss")))
    assert got == want
    assert [name for name, errors in got if not errors] == [
        name for name in tables if name != "amounts"
    ]
    assert all(not structure_screen.kept(t).any() for n, t in tables.items() if n != "amounts")


def test_a_descriptor_frictionless_refuses_is_reported_with_its_reasons(tmp_path):
    """An invalid descriptor ends validation with the reasons Frictionless gives when it
    refuses to build the package (what its own command reports), and no task."""
    project = _project(tmp_path)
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"]["fields"][0]["type"] = "no-such-type"
    with pytest.raises(FrictionlessException) as refused:
        Package(descriptor, basepath=str(project.datapackage))
    want = [e.to_descriptor() for e in refused.value.to_errors()]
    screened = structure_screen.validate(descriptor, project.datapackage)
    assert [e.to_descriptor() for e in screened.errors] == want
    assert want and screened.tasks == []


def _sections(count: int, broken_parent: int) -> list[dict[str, object]]:
    """A chain of sections, each the child of the one before; one names no section."""
    rows = []
    for i in range(count):
        parent = f"s{i - 1}" if i else None
        rows.append(
            {
                "section_id": f"s{i}",
                "document_id": DOCUMENT,
                "parent_section_id": "s-none" if i == broken_parent else parent,
                "level": 1,
                "heading": f"Kop {i}",
                "line_start": 1,
                "line_end": 1,
            }
        )
    return rows


def test_a_reference_to_the_same_resource_is_looked_up_in_the_whole_chain(tmp_path):
    """Frictionless looks a self-reference up in the resource it reads, here the subset:
    the subset must hold every parent up the chain of the rows it holds."""
    sections = _sections(ROWS, broken_parent=BROKEN)
    sections[BROKEN + 5]["level"] = "x"  # chosen: its parents up to the prefix go with it
    amounts = _amounts(section_id=f"s{ROWS - 1}")
    want, got, tables = _both(_project(tmp_path, sections=sections, amounts=amounts))
    assert got == want
    assert _found(want) == {
        ("sections", "foreign-key", BROKEN + 2),
        ("sections", "type-error", BROKEN + 7),
    }
    assert structure_screen.kept(tables["sections"]).sum() < ROWS


def test_a_referenced_resource_is_looked_up_in_its_key_cells_alone(tmp_path, monkeypatch):
    """Frictionless reads every row of a referenced resource whole to keep its key: the
    screen hands it the key fields of the rows looked up, and no other field, and the report
    is plain Frictionless' (a dangling key found, the others found)."""
    written = []
    narrow = structure_screen._write_keys

    def spy(table, rows, keys, target):
        schema = narrow(table, rows, keys, target)
        header = target.read_text(encoding="utf-8").splitlines()[0] if schema else None
        written.append((table.name, keys, schema and [f.name for f in schema.fields], header))
        return schema

    monkeypatch.setattr(structure_screen, "_write_keys", spy)
    amounts = _amounts(document_id="nowhere")
    amounts[BROKEN - 20]["role"] = "boss"  # a row whose key is found, looked up too
    want, got, _ = _both(_project(tmp_path, amounts=amounts))
    assert got == want
    assert _found(want) >= {
        ("amounts", "foreign-key", BROKEN + 2),
        ("amounts", "constraint-error", BROKEN - 18),
    }
    assert ("documents", ["document_id"], ["document_id"], "document_id") in written


def test_keys_that_would_not_read_as_plain_csv_are_handed_over_in_whole_rows(tmp_path):
    """A narrow table Frictionless' sniffer would split otherwise (every key holding a ';')
    is not written: the whole rows are, as the screen checked they read plainly."""
    keys = [f"s;{i}" for i in range(50)]
    table = structure_screen.Table("t", tmp_path / "t.csv", {"fields": [{"name": "k"}]})
    table.frame = pl.DataFrame({"_row": range(50), "k": keys})
    rows = np.ones(50, dtype=bool)
    assert structure_screen._write_keys(table, rows, ["k"], tmp_path / "narrow.csv") is None
    table.frame = pl.DataFrame({"_row": range(50), "k": [k.replace(";", "") for k in keys]})
    schema = structure_screen._write_keys(table, rows, ["k"], tmp_path / "narrow.csv")
    assert schema is not None and [f.name for f in schema.fields] == ["k"]
    assert (tmp_path / "narrow.csv").read_text().splitlines()[:2] == ["k", "s0"]


# Random breakage of the real package --------------------------------------------------

ODD_VALUES = st.sampled_from(
    ["", "x", "-1", "0", "007", " 7", "1.0", "1e3", "true", "2021-13-01", "a,b", 'a"b', "a\nb"]
)


LINE_EDITS = [
    lambda line: line + ",x",  # an extra cell
    lambda line: line.rsplit(",", 1)[0],  # a missing cell
    lambda line: "",  # a blank line
    lambda line: line + "\n",  # a blank line after it
    lambda line: line.replace(",", ',"', 1),  # a quote that never closes
]


def _package(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "datapackage", tmp_path / "datapackage")
    return tmp_path / "datapackage"


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # each example ~1 s: no shrinking
)
@given(data=st.data())
def test_randomly_broken_real_package_gives_the_same_report(tmp_path_factory, data):
    """Cells of the committed package replaced at random: by odd text, or by another
    row's value in the same column (repeated keys, foreign keys that now resolve or not);
    sometimes a line broken too (a cell more or less, a blank line, a stray quote)."""
    root = _package(tmp_path_factory.mktemp("pkg"))
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    files = {r["name"]: root / r["path"] for r in descriptor["resources"]}
    tables = {name: _rows(path) for name, path in files.items()}
    for _ in range(data.draw(st.integers(1, 6), label="cells")):
        name = data.draw(st.sampled_from(sorted(n for n, t in tables.items() if len(t) > 1)))
        rows = tables[name]
        row = data.draw(st.integers(1, len(rows) - 1), label=f"{name} row")
        col = data.draw(st.integers(0, len(rows[0]) - 1), label="column")
        other = rows[data.draw(st.integers(1, len(rows) - 1), label="other row")][col]
        rows[row][col] = data.draw(st.one_of(ODD_VALUES, st.just(other)), label="value")
    for name, rows in tables.items():
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        lines = buffer.getvalue().split("\n")
        for _ in range(data.draw(st.integers(0, 2), label="line edits") if len(lines) > 3 else 0):
            at = data.draw(st.integers(1, len(lines) - 2), label=f"{name} line")
            lines[at] = data.draw(st.sampled_from(LINE_EDITS), label="edit")(lines[at])
        files[name].write_text("\n".join(lines), encoding="utf-8", newline="")
    full = Package(descriptor, basepath=str(root)).validate(limit_errors=10**9)
    screened = structure_screen.validate(descriptor, root)
    want = [(t.name, [e.to_descriptor() for e in t.errors]) for t in full.tasks]
    got = [(name, [e.to_descriptor() for e in errors]) for name, errors in screened.tasks]
    assert got == want
