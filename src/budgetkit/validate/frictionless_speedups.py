"""Frictionless with six of its hot spots spared while the structure layer runs it.

Each changes how fast Frictionless works, never what it decides or writes: a pure
function's answers remembered, equal copies made by a shorter road, a list that cannot
change listed once, a message not rendered twice, two searches that can find nothing not
made. Each is undone when its block ends.
They import nothing but Frictionless, so Frictionless alone can be timed as the layer
runs it (``benchmarks/bench_structure_floor.py``).
"""

from __future__ import annotations

import csv
import os
import pkgutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from functools import cached_property, lru_cache
from importlib.machinery import FileFinder
from typing import Any

from frictionless import Checklist
from frictionless.error import Error
from frictionless.metadata import metadata as frictionless_metadata
from frictionless.vendors import stringcase


@contextmanager
def snake_case_converted_once() -> Iterator[None]:
    """Frictionless with its camelCase-to-snake_case conversion remembered for the block.

    Every error Frictionless makes renders its message from its own descriptor, and
    building that descriptor converts each property name of the error's profile to snake
    case, by two regular expression substitutions, several times over: at a million
    amounts (16,000 errors) ~0.6 of the layer's ~7.5 CPU s. The names are a few dozen
    and the conversion is a pure function of its string, so remembering its answers
    changes nothing Frictionless decides or writes; only while this layer runs, then put
    back as it was (``stringcase.snakecase`` is looked up on the module at every call)."""
    original = stringcase.snakecase
    stringcase.snakecase = lru_cache(maxsize=None)(original)
    try:
        yield
    finally:
        stringcase.snakecase = original


#: What ``copy.deepcopy`` returns itself, uncopied: immutable.
_ATOMS = (str, int, float, bool, type(None))


def copy_of(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """``copy.deepcopy(value)``, a list of strings and numbers copied as a list: deepcopy
    makes the same of it (a new list holding the same immutable items), at a tenth of the
    cost of asking it about each item."""
    if type(value) is list and all(type(item) in _ATOMS for item in value):
        return list(value)
    return deepcopy(value, memo)


@contextmanager
def plain_lists_copied_as_lists() -> Iterator[None]:
    """Frictionless with its deep copies of plain lists made as ``copy_of`` makes them.

    Every error renders its message from a descriptor of itself, which deep-copies each
    list it holds: the cells of its row (two dozen strings in an amounts row) and its tags,
    item by item. At a million amounts (16,000 errors) that is ~0.09 of the ~0.4 CPU s the
    error objects cost. The copies are equal, so nothing Frictionless decides or writes
    changes; only while this layer runs, then put back as it was (``deepcopy`` is looked up
    on Frictionless' metadata module at every call)."""
    original = frictionless_metadata.deepcopy
    frictionless_metadata.deepcopy = copy_of
    try:
        yield
    finally:
        frictionless_metadata.deepcopy = original


@contextmanager
def row_messages_rendered_by_caller() -> Iterator[None]:
    """Frictionless' errors with a row number made without their message, for the block.

    Every error renders its message when it is made, from an export of its own descriptor
    (~17 us an error: 0.27 CPU s of the layer's ~6 at a million amounts, 16,000 errors). The
    structure layer validates a subset of a resource's rows and renders each row error's
    message again, from the same template, once its row number is the original file's
    (``structure_screen._renumbered``): the first rendering is thrown away unread. In the
    block, an error that has a row number skips that export (the template is formatted with
    no values, which costs nothing), and is made otherwise as Frictionless makes it;
    the caller must render the message of each such error. Errors without a row number
    (labels, the file, the descriptor) render theirs as ever. Then put back as it was."""
    original = Error.__dict__.get("metadata_export")
    inherited = super(Error, Error).metadata_export

    def export(self: Error, *, exclude: list[str] = []) -> dict[str, Any]:  # noqa: B006
        if exclude == ["message"] and getattr(self, "row_number", None) is not None:
            return {}  # the message Error.__attrs_post_init__ renders, not rendered
        return inherited(self, exclude=exclude)

    Error.metadata_export = export  # type: ignore[method-assign]
    try:
        yield
    finally:
        if original is None:
            del Error.metadata_export
        else:
            Error.metadata_export = original  # type: ignore[method-assign]


class ScopedChecklist(Checklist):
    """Frictionless' default checklist, with the error types it keeps listed once.

    ``Resource.validate`` asks ``Checklist.match`` about every error a row raises, and
    ``match`` reads ``scope``, which Frictionless lists anew at each call (building a
    baseline check object and walking every error type of every check): at a million
    amounts (16,000 errors) ~0.15 of the ~1.8 CPU s Frictionless spends on the rows. The
    list depends only on the checklist's checks and picked or skipped errors, which do not
    change while a resource is validated, so it is listed on first use and kept; which
    errors are kept, and everything else the checklist does, is Frictionless' own."""

    @cached_property
    def scope(self) -> list[str]:
        return Checklist.scope.fget(self)  # type: ignore[attr-defined]


#: What Frictionless looks for among every module on ``sys.path``: its plugins' names.
PLUGIN_PREFIX = "frictionless_"


def _no_plugin_on_path() -> bool:
    """Whether no folder on ``sys.path`` holds a file or folder named ``frictionless_*``,
    each one's names listed once: then no module so named is there for ``pkgutil`` to find
    (it names a module by its file or folder). False whenever a path entry is not a plain
    folder (a zip file, another finder), where only ``pkgutil`` itself can tell."""
    for entry in sys.path:
        finder = pkgutil.get_importer(entry)
        if finder is None:
            continue  # nothing pkgutil lists either
        if not isinstance(finder, FileFinder):
            return False
        try:
            names = os.listdir(finder.path or ".")
        except OSError:
            continue  # pkgutil lists nothing there either
        if any(name.startswith(PLUGIN_PREFIX) for name in names):
            return False
    return True


@contextmanager
def plugins_looked_for_by_name() -> Iterator[None]:
    """Frictionless' search for plugins among all installed modules, answered from their
    names when none can be one.

    At its first use Frictionless lists every module on ``sys.path``
    (``pkgutil.iter_modules()``, which opens each package's folder to see that it is one:
    ~0.02 CPU s, 540 modules) to import those named ``frictionless_*``. When no file or
    folder on the path is so named, that search finds none, and listing each path folder
    once tells so; anywhere else the listing is ``pkgutil``'s own. Its listings of its own
    plugin folders, with a path, are unchanged. Only while this layer runs, then put back
    as it was (``pkgutil.iter_modules`` is looked up on the module at every call)."""
    original = pkgutil.iter_modules

    def iter_modules(path: Iterable[str] | None = None, prefix: str = "") -> Iterator[Any]:
        if path is None and not prefix and _no_plugin_on_path():
            return iter(())
        return original(path, prefix)

    pkgutil.iter_modules = iter_modules
    try:
        yield
    finally:
        pkgutil.iter_modules = original


def sniffs_no_delimiter(sample: str, delimiters: str | None) -> bool:
    """Whether ``csv.Sniffer().sniff(sample, delimiters)`` surely finds no delimiter (and
    raises ``csv.Error``), without its search.

    The sniffer takes a delimiter from one of two searches, and with ``delimiters`` given,
    each keeps only a character of them that it found in the sample: the character around
    values between quotes (``_guess_quote_and_delimiter``), else one that occurs as often
    on most lines (``_guess_delimiter``, which first counts each of the 127 ASCII
    characters on each line: ~3 ms for the 100 lines of a one-column file). A sample
    holding none of ``delimiters`` gives neither search anything to keep. Frictionless' CSV
    parser asks with ``",\t;|"`` (or the declared delimiter), and after a ``csv.Error``
    reads the file as ``csv.excel``."""
    if delimiters is None:
        return False
    return not any(char in sample for char in delimiters)


class QuickSniffer(csv.Sniffer):
    """``csv.Sniffer``, raising at once the error it would raise after its search where
    that search surely finds no delimiter (``sniffs_no_delimiter``)."""

    def sniff(self, sample: str, delimiters: str | None = None) -> type[csv.Dialect]:
        if sniffs_no_delimiter(sample, delimiters):
            raise csv.Error("Could not determine delimiter")
        return super().sniff(sample, delimiters)


@contextmanager
def delimiter_searches_that_find_none_skipped() -> Iterator[None]:
    """``csv.Sniffer`` answered by ``QuickSniffer`` for the block.

    Frictionless' CSV parser sniffs the first 100 lines of every file it opens, whatever
    dialect is declared; the layer hands it one-column files of the keys it looks up,
    which hold no delimiter at all, and which the screen sniffs first as well
    (``structure_screen._reads_plain``): six such sniffs at 100,000 amounts, ~0.02 CPU s.
    Every other sample is sniffed as before. Only while this layer runs, then put back as
    it was (``csv.Sniffer`` is looked up on the module at every call)."""
    original = csv.Sniffer
    csv.Sniffer = QuickSniffer  # type: ignore[misc]
    try:
        yield
    finally:
        csv.Sniffer = original  # type: ignore[misc]


@contextmanager
def faster() -> Iterator[None]:
    """The conversions and the searches above spared for the block (the checklist is the
    caller's)."""
    with (
        snake_case_converted_once(),
        plain_lists_copied_as_lists(),
        plugins_looked_for_by_name(),
        delimiter_searches_that_find_none_skipped(),
    ):
        yield
