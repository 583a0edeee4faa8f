"""The rules behind the findings: printed precision, and links only a steward confirms."""

from __future__ import annotations

import yaml

from budgetkit.project import Project
from budgetkit.validate import validate
from budgetkit.validate.config import Tolerances
from budgetkit.validate.figures import Precision


def test_printed_precision(project: Project):
    precision = Precision(Tolerances(project))
    stated = precision.amount(4_262_600_000, None, "€ 4.262,6 miljoen", "mln", None)
    assert stated.agrees(precision.cell(4_262_603, "4.262.603", 1000))
    assert not stated.agrees(precision.cell(4_262_703, "4.262.703", 1000))
    rounded = precision.amount(9_700_000_000, None, "€ 9,7 mld", "mld", None)
    assert not rounded.agrees(precision.cell(10_400_000, "10.400.000", 1000))
    assert rounded.agrees(precision.cell(9_740_000, "9.740.000", 1000))


def test_ruim_is_a_lower_bound_and_bijna_an_upper_bound(project: Project):
    precision = Precision(Tolerances(project))
    parts = precision.amount(72_000_000, None, "€ 72 mln", "mln", None)
    ruim = precision.amount(95_000_000, None, "€ 95 mln", "mln", "ruim")
    assert not ruim.agrees(parts)  # "ruim € 95 mln" cannot be € 72 mln
    assert ruim.agrees(precision.amount(99_000_000, None, "€ 99 mln", "mln", None))
    bijna = precision.amount(95_000_000, None, "€ 95 mln", "mln", "bijna")
    assert bijna.agrees(parts)
    assert not bijna.agrees(precision.amount(99_000_000, None, "€ 99 mln", "mln", None))


def _links(project: Project) -> list[dict]:
    return yaml.safe_load((project.checks / "links.yml").read_text(encoding="utf-8"))["links"]


def _proposed(project: Project) -> list[dict]:
    path = project.reports / "proposed-links.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["links"]


def test_proposals_go_to_reports_and_checks_is_never_written(project_copy: Project):
    path = project_copy.checks / "links.yml"
    path.write_text("links: []\n", encoding="utf-8")
    report = validate(project_copy, ["consistency"])
    assert path.read_text(encoding="utf-8") == "links: []\n"
    proposed = _proposed(project_copy)
    assert proposed and {link["status"] for link in proposed} == {"proposed"}
    across = [
        f
        for f in report.layer("consistency").findings
        if f["document_id"] != f["other_document_id"]
    ]
    assert across == []  # no two documents compared before a steward

    # A steward accepts one proposal and rejects another by copying them into checks/.
    first, last = dict(proposed[0], status="confirmed"), dict(proposed[-1], status="rejected")
    path.write_text(yaml.safe_dump({"links": [first, last]}, sort_keys=False), encoding="utf-8")
    decided = path.read_bytes()
    validate(project_copy, ["consistency"])
    assert path.read_bytes() == decided
    waiting = {link["id"] for link in _proposed(project_copy)}
    assert waiting == {link["id"] for link in proposed} - {first["id"], last["id"]}
    once = (project_copy.reports / "proposed-links.yml").read_bytes()
    validate(project_copy, ["consistency"])
    assert (project_copy.reports / "proposed-links.yml").read_bytes() == once


def test_row_labels_fold_plurals_quotes_and_remarks():
    """One instrument printed as "Bijdrage aan ..." under one article part and "Bijdragen
    aan ..." under the next, or with a remark in brackets, is still one instrument."""
    from budgetkit.validate.totals import _label

    assert _label("Bijdragen aan medeoverheden") == _label("Bijdrage aan medeoverheden")
    assert _label("Bijdrage aan ZBO\u2019s/RWT\u2019s") == _label("Bijdrage aan ZBO's/RWT's")
    assert _label("Subsidies (regelingen)") == _label("Subsidies")
    assert _label("2. Zorgdragen voor langdurige zorg") == _label("Zorgdragen voor langdurige zorg")
    assert _label("Opdrachten") != _label("Subsidies")


def _every_pair(measures, threshold, limit):
    """What the index replaces: every pair of measures of two documents of one budget year."""
    import polars as pl

    left = measures.select(pl.col("m").alias("a"), pl.col("d").alias("d_a"), "budget_year")
    right = measures.select(pl.col("m").alias("b"), pl.col("d").alias("d_b"), "budget_year")
    return (
        left.join(right, on="budget_year")
        .filter((pl.col("a") < pl.col("b")) & (pl.col("d_a") != pl.col("d_b")))
        .select("a", "b")
    )


def test_indexed_link_proposals_equal_a_scan_of_every_pair(project: Project, monkeypatch):
    """The candidate index only skips pairs that cannot score: on the real documents it
    proposes exactly what comparing every pair proposes, at several thresholds."""
    from budgetkit.validate import consistency
    from budgetkit.validate.loader import PackageData

    data = PackageData.load(project)
    settings = Tolerances(project)
    runs = ((None, None, None), (0.25, 0.5, 3), (0.25, 0.5, 1), (0.6, 0.0, 1), (0.9, 0.3, 2))
    for score, bonus, limit in runs:
        tolerances = settings
        if score is not None:
            tolerances = _Overridden(
                settings, propose_score=score, amount_bonus=bonus, max_proposals_per_measure=limit
            )
        indexed = consistency._propose(data, tolerances)
        with monkeypatch.context() as patch:
            patch.setattr(consistency, "_candidates", _every_pair)
            scanned = consistency._propose(data, tolerances)
        assert indexed == scanned
        assert score is not None or indexed  # the real settings do propose links


def _per_measure(proposals: dict[str, dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for entry in proposals.values():
        for measure in entry["measures"]:
            found.setdefault(measure, []).append(entry)
    return found


def test_only_the_best_proposals_of_each_measure_are_kept(project: Project):
    """With room for one proposal per measure, a measure with several candidates keeps
    only its best, and no measure keeps more."""
    from budgetkit.validate import consistency
    from budgetkit.validate.loader import PackageData

    data = PackageData.load(project)
    settings = Tolerances(project)
    low = {"propose_score": 0.25, "amount_bonus": 0.5}
    every = consistency._propose(data, _Overridden(settings, **low, max_proposals_per_measure=99))
    best = consistency._propose(data, _Overridden(settings, **low, max_proposals_per_measure=1))
    crowded = {m: es for m, es in _per_measure(every).items() if len(es) >= 2}
    assert crowded  # the real documents do give measures rival candidates
    assert set(best) < set(every)
    for measure, entries in _per_measure(best).items():
        assert len(entries) == 1
        (kept,) = entries
        assert kept["score"] == max(e["score"] for e in _per_measure(every)[measure])
    assert any(len(_per_measure(best).get(m, [])) < len(es) for m, es in crowded.items())


def test_decided_links_survive_the_cap(project_copy: Project):
    """A steward's decision is never dropped or proposed again, however many proposals a
    measure may keep."""
    tolerances = project_copy.checks / "tolerances.yml"
    text = tolerances.read_text(encoding="utf-8")
    assert "max_proposals_per_measure: 3" in text
    tolerances.write_text(
        text.replace("max_proposals_per_measure: 3", "max_proposals_per_measure: 1"),
        encoding="utf-8",
    )
    entries = {e["id"]: e for e in _links(project_copy) if e["status"] != "proposed"}
    crowded = [m for m, es in _per_measure(entries).items() if len(es) >= 2]
    assert entries and crowded  # a measure with two decided links: more than the cap
    before = (project_copy.checks / "links.yml").read_bytes()
    report = validate(project_copy, ["consistency"])
    assert (project_copy.checks / "links.yml").read_bytes() == before
    assert not {e["id"] for e in _proposed(project_copy)} & set(entries)
    confirmed = sum(1 for e in entries.values() if e["status"] == "confirmed")
    assert report.layer("consistency").checked["confirmed links compared"] == confirmed


class _Overridden:
    """Tolerances with some consistency settings replaced."""

    def __init__(self, tolerances: Tolerances, **settings) -> None:
        self.tolerances, self.settings = tolerances, settings

    def get(self, section: str, name: str):
        if section == "consistency" and name in self.settings:
            return self.settings[name]
        return self.tolerances.get(section, name)


def test_similar_word_sets_are_all_found():
    """Prefix filtering finds every pair of word sets a full comparison finds."""
    import random

    from budgetkit.validate.consistency import _similar_sets

    rng = random.Random(7)
    vocabulary = [f"word{i}" for i in range(12)]
    sets = list({frozenset(rng.sample(vocabulary, rng.randint(0, 5))) for _ in range(300)})
    for cutoff in (0.2, 0.5, 0.75, 1.0):
        found = {frozenset((a, b)) for a, b in _similar_sets(sets, cutoff)}
        full = {
            frozenset((a, b))
            for a in sets
            for b in sets
            if a | b and len(a & b) >= cutoff * len(a | b)
        }
        assert found == full


def test_repeated_titles_give_few_candidates_but_every_best_one(monkeypatch):
    """A title printed in many documents: the index yields far fewer pairs than every pair,
    yet every pair the cap keeps among all pairs."""
    import random

    import polars as pl

    from budgetkit.validate import consistency
    from budgetkit.validate.consistency import _best, _candidates, _scored

    rng = random.Random(3)
    titles = [("fonds", "wegen"), ("fonds", "water", "wegen"), ("onderwijs",)]
    rows = [(f"d{d:02}:m{n}", d, rng.choice(titles)) for d in range(12) for n in range(8)]
    # Two measures whose best match is one of a kind, and whose second best is each other.
    for doc, words in ((3, "brug haven sluis"), (5, "brug haven sluis"), (8, "brug haven")):
        rows.append((f"d{doc:02}:m8", doc, tuple(words.split())))
    rows.append(("d09:m8", 9, ("brug", "haven")))
    rows.sort()
    sets = sorted({words for _, _, words in rows})
    measures = pl.DataFrame(
        {
            "m": list(range(len(rows))),
            "measure_id": [measure for measure, _, _ in rows],
            "d": [doc for _, doc, _ in rows],
            "budget_year": [2021] * len(rows),
            "set": [sets.index(words) for _, _, words in rows],
            "words": [list(words) for _, _, words in rows],
        }
    )
    ids = measures["measure_id"].to_list()
    tied = [ids.index("d00:m0"), ids.index("d07:m5")]
    telling = pl.DataFrame(
        {"m": tied, "budget_year": [2021] * 2, "value": [5] * 2, "y0": [2021] * 2, "y1": [2021] * 2}
    )
    every = _every_pair(measures, 0.5, 2)
    assert _candidates(measures, 0.5, 2).height * 5 < every.height
    kept = _best(_scored(measures, telling, 0.5, 0.5, 2), 2).sort("a", "b")
    with monkeypatch.context() as patch:
        patch.setattr(consistency, "_candidates", _every_pair)
        assert kept.height and kept.equals(
            _best(_scored(measures, telling, 0.5, 0.5, 2), 2).sort("a", "b")
        )
    found = {f"{ids[a]} ~ {ids[b]}" for a, b in kept.select("a", "b").iter_rows()}
    assert "d00:m0 ~ d07:m5" in found  # the amount tie beats equal titles to a slot
    assert "d03:m8 ~ d08:m8" in found


def test_few_documents_keeps_each_documents_first_rows_then_the_groups_first():
    """The rows ``_few_documents`` keeps, in the order it keeps them, are those a plain walk
    keeps: per (group, document) its first ``limit`` rows in frame order, then per group
    the first ``2 * limit`` of those; on random frames with runs of one group and document
    and repeats of both far apart."""
    import random

    import polars as pl

    from budgetkit.validate.consistency import _few_documents

    rng = random.Random(5)
    for limit in (1, 2, 3):
        rows = [(rng.randint(0, 6), rng.randint(0, 4), n) for n in range(400)]
        rows += [(7, 1, 400 + n) for n in range(9)]  # one document's long run
        frame = pl.DataFrame(rows, schema=["set", "d", "m"], orient="row")
        per_document: dict[tuple[int, int], int] = {}
        kept_by_group: dict[int, list[tuple[int, int, int]]] = {}
        for group, doc, m in rows:
            per_document[(group, doc)] = per_document.get((group, doc), 0) + 1
            kept = kept_by_group.setdefault(group, [])
            if per_document[(group, doc)] <= limit and len(kept) < 2 * limit:
                kept.append((group, doc, m))
        walked = [row for kept in kept_by_group.values() for row in kept]
        assert _few_documents(frame, ["set"], limit).rows() == walked


def test_a_comparison_sign_bounds_an_amount_as_its_word_does(project: Project):
    precision = Precision(Tolerances(project))
    parts = precision.amount(3_900_000_000, None, "€ 3,9 mld", "mld", None)
    more = precision.amount(3_000_000_000, None, "€ 3 mld", "mld", ">")
    assert more.agrees(parts)  # "> € 3 mld" may be € 3,9 mld
    assert not precision.amount(3_000_000_000, None, "€ 3 mld", "mld", "<").agrees(parts)
    about = precision.amount(95_000_000, None, "€ 95 mln", "mln", "≈")
    assert about.agrees(precision.amount(98_000_000, None, "€ 98 mln", "mln", None))
