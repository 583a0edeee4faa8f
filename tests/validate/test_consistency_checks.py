"""The consistency layer's rules on two inline documents about one budget year."""

from __future__ import annotations

import yaml
from inline_package import amount_row, build, measure_row

from budgetkit.validate import consistency
from budgetkit.validate.loader import PackageData

A = "Voor de recherchecapaciteit tegen ondermijning komt in 2021 € 10 mln beschikbaar.\n" * 3
B = "Het kabinet trekt voor recherchecapaciteit tegen ondermijning € 10 mln uit.\n" * 3


def _amount(doc: str, measure: str | None, line: int, year: int, millions: int = 10, **fields):
    text = A if doc == "a" else B
    sentence = text.splitlines()[line - 1]
    return amount_row(
        amount_id=f"{doc}:{line}:1",
        document_id=doc,
        line=line,
        column=sentence.index("€") + 1,
        quote=f"€ {millions} mln",
        amount_eur=millions * 1_000_000,
        scale="mln",
        year_from=year,
        year_to=year,
        measure_id=measure,
        sentence=sentence.replace("€ 10 mln", f"€ {millions} mln") + f" ({line})",
        **fields,
    )


def _project(tmp_path, amounts, links=(), titles=("Ondermijning", "Ondermijning")):
    measures = [
        measure_row("a:m1", titles[0], 1, 3, document_id="a"),
        measure_row("b:m1", titles[1], 1, 3, document_id="b"),
    ]
    project = build(tmp_path, {"a": A, "b": B}, amounts=amounts, measures=measures)
    entries = [
        {"id": " ~ ".join(sorted(pair)), "status": status, "measures": sorted(pair)}
        for pair, status in links
    ]
    (project.checks / "links.yml").write_text(yaml.safe_dump({"links": entries}), "utf-8")
    return project


CONFIRMED = ((("a:m1", "b:m1"), "confirmed"),)


def _found(project):
    result = consistency.run(PackageData.load(project))
    return result, [(f["check"], f["line"], f["other_line"]) for f in result.findings]


def test_linked_measures_that_agree(tmp_path):
    project = _project(tmp_path, [_amount("a", "a:m1", 1, 2021), _amount("b", "b:m1", 1, 2021)])
    result, found = _found(project)
    assert found == [] and result.errors == []
    assert result.checked["confirmed links compared"] == 0  # not confirmed: not compared
    confirmed = _project(
        tmp_path / "c", [_amount("a", "a:m1", 1, 2021), _amount("b", "b:m1", 1, 2021)], CONFIRMED
    )
    result, found = _found(confirmed)
    assert found == [] and result.checked["confirmed links compared"] == 1


def test_linked_measures_that_disagree_on_a_year(tmp_path):
    amounts = [_amount("a", "a:m1", 1, 2021), _amount("b", "b:m1", 1, 2021, millions=12)]
    _, found = _found(_project(tmp_path, amounts, CONFIRMED))
    assert found == [("cross_document", 1, 1)]


def test_linked_measures_that_put_one_amount_in_other_years(tmp_path):
    amounts = [_amount("a", "a:m1", 1, 2021), _amount("b", "b:m1", 1, 2022)]
    _, found = _found(_project(tmp_path, amounts, CONFIRMED))
    assert ("year_mismatch", 1, 1) in found


def test_one_document_that_puts_one_amount_in_two_years(tmp_path):
    amounts = [_amount("a", "a:m1", 1, 2021), _amount("a", None, 2, 2022)]
    _, found = _found(_project(tmp_path, amounts))
    assert found == [("year_mismatch", 1, 2)]


def test_confirmed_link_to_a_missing_measure_is_a_data_error(tmp_path):
    links = ((("a:m1", "b:m9"), "confirmed"),)
    result, _ = _found(_project(tmp_path, [_amount("a", "a:m1", 1, 2021)], links))
    assert [(e.check, e.key) for e in result.errors] == [("link", "a:m1 ~ b:m9")]


def test_proposals_are_written_to_reports_never_to_checks(tmp_path):
    amounts = [_amount("a", "a:m1", 1, 2021), _amount("b", "b:m1", 1, 2021)]
    project = _project(tmp_path, amounts, titles=("Pensioenen", "Pensioen"))
    before = (project.checks / "links.yml").read_bytes()
    result, _ = _found(project)
    assert (project.checks / "links.yml").read_bytes() == before
    proposed = yaml.safe_load((project.reports / "proposed-links.yml").read_text("utf-8"))
    assert [(e["id"], e["status"]) for e in proposed["links"]] == [("a:m1 ~ b:m1", "proposed")]
    assert "title words: pensioen" in proposed["links"][0]["evidence"]
    assert result.checked["links proposed, awaiting a steward"] == 1
    rejected = _project(tmp_path / "r", amounts, (((("a:m1", "b:m1"), "rejected")),))
    _found(rejected)
    again = yaml.safe_load((rejected.reports / "proposed-links.yml").read_text("utf-8"))
    assert again["links"] == []


def test_repeated_equal_amounts_are_compared_a_bounded_number_of_times(tmp_path):
    """A figure one document repeats in every line costs at most max_comparisons_per_amount
    comparisons each, not one per pair."""
    text = "".join(
        f"In {2000 + i} is voor recherchecapaciteit tegen ondermijning € 10 mln.\n"
        for i in range(60)
    )
    amounts = [
        amount_row(
            amount_id=f"a:{i + 1}:1",
            document_id="a",
            line=i + 1,
            column=1,
            quote="€ 10 mln",
            amount_eur=10_000_000,
            scale="mln",
            year_from=2000 + i,
            measure_id="a:m1",
            sentence=line,
        )
        for i, line in enumerate(text.splitlines())
    ]
    project = build(
        tmp_path,
        {"a": text},
        amounts=amounts,
        measures=[measure_row("a:m1", "Ondermijning", 1, 60, document_id="a")],
    )
    result = consistency.run(PackageData.load(project))
    compared = result.checked["equal amounts in one document with different years"]
    assert 0 < compared <= 60 * 20 < 60 * 59 // 2


def test_an_amount_many_measures_state_ties_none_of_them(tmp_path):
    """€ 10 mln in 2021 in every document is no sign that their measures are one: stated by
    more than max_measures_per_amount measures of a budget year, it proposes no link."""
    text = "Voor de aanpak komt in 2021 € 10 mln beschikbaar.\n"
    docs = {d: text for d in ("a", "b", "c")}
    titles = {"a": "Jeugdzorg", "b": "Wegenbouw", "c": "Kunstsubsidie"}
    amounts = [
        amount_row(
            amount_id=f"{d}:1:1",
            document_id=d,
            line=1,
            column=text.index("€") + 1,
            quote="€ 10 mln",
            amount_eur=10_000_000,
            scale="mln",
            year_from=2021,
            year_to=2021,
            measure_id=f"{d}:m1",
            sentence=text.strip(),
        )
        for d in docs
    ]
    measures = [measure_row(f"{d}:m1", titles[d], 1, 1, document_id=d) for d in docs]
    proposed = {}
    for cap in (3, 2):
        project = build(tmp_path / str(cap), docs, amounts=amounts, measures=measures)
        path = project.checks / "tolerances.yml"
        settings = yaml.safe_load(path.read_text("utf-8"))
        settings["consistency"]["max_measures_per_amount"] = cap
        path.write_text(yaml.safe_dump(settings), "utf-8")
        result = consistency.run(PackageData.load(project))
        proposed[cap] = result.checked["links proposed, awaiting a steward"]
    assert proposed == {3: 3, 2: 0}
