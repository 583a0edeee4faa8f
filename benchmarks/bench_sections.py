"""CPU time of the section stage of extraction, step by step, on the project's sources.

`bench_extract.py` times each extractor as the pipeline calls it; the section stage there
also builds each document's text model and page layout (it runs first), so its figure does
not say which step costs what. This script times the steps apart, on ``--copies`` passes over
the sources of the project in the current folder (each document's model rebuilt every time,
as the pipeline builds it once per document): the text model (lines, offsets), the page
layout (folded lines, running headers, footnote blocks, line spacing), ``find_headings``,
the rest of ``extract_sections`` (levels, spans, ministries) and ``sentence_stops``. CPU
time (``time.process_time``), best of ``--rounds``, so that other work on a shared machine
moves it less.

Usage: ``python benchmarks/bench_sections.py [--copies 100] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import gc
import time
from itertools import pairwise
from pathlib import Path

from budgetkit.extract.headings import find_headings
from budgetkit.extract.sections import extract_sections
from budgetkit.project import Project
from budgetkit.sources import load_sources
from budgetkit.textmodel import sentence_stops

STEPS = ("text model", "page layout", "headings", "rest of sections", "sentence stops")


def measure(copies: int) -> dict[str, float]:
    """CPU seconds per step over ``copies`` passes over the sources."""
    documents = load_sources(Project(Path.cwd()))
    spent = dict.fromkeys(STEPS, 0.0)
    for _ in range(copies):
        for doc in documents:
            doc.forget_model()
            marks = [time.process_time()]
            doc.model.lines  # noqa: B018 - built on first use: the step timed
            marks.append(time.process_time())
            doc.model.layout  # noqa: B018
            marks.append(time.process_time())
            find_headings(doc)
            marks.append(time.process_time())
            extract_sections(doc)  # finds the headings again: their time is taken off
            marks.append(time.process_time())
            sentence_stops(doc.text)
            marks.append(time.process_time())
            took = [after - before for before, after in pairwise(marks)]
            took[3] -= took[2]
            for step, seconds in zip(STEPS, took, strict=True):
                spent[step] += seconds
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    gc.disable()  # as the extract command runs (budgetkit.cyclegc.without_cycle_collection)
    best = min((measure(args.copies) for _ in range(args.rounds)), key=lambda s: sum(s.values()))
    for step, seconds in best.items():
        print(f"{step:18} {seconds:6.2f} s")
    print(f"{'total':18} {sum(best.values()):6.2f} s CPU, {args.copies} copies of the sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
