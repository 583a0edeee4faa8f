"""Layer 5, consistency: one measure, several documents, the same budget year: same money?

Links between measures are proposed from title words, equal amounts and years, written to
``reports/proposed-links.yml`` (see ``links``); only links a steward confirmed in
``checks/links.yml`` are compared. Validation never writes ``checks/``.
For a confirmed link, each year (or span of years) both measures state an amount for must
agree within printed precision (``cross_document``), and an amount both state must not be
put in different years (``year_mismatch``). The same slip happens inside one document (a
summary says "2019 tot 2021", the body "2020 en 2021" for the same € 19 miljoen), so equal
amounts of one document in different sentences and years are compared too. Either way an
equal amount only counts as the same money when the words around the two amounts share
enough (``context_*`` tolerances): two measures can each have € 18 mln. All are source
findings. A confirmed link to a measure the package no longer has is a data error: the
steward's decision points nowhere.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import combinations, groupby
from typing import Any

import polars as pl

from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.config import Tolerances
from budgetkit.validate.figures import Figure, Precision, euros
from budgetkit.validate.links import (
    Link,
    link_id,
    load_links,
    proposals_path,
    title_words,
    write_proposals,
)
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult
from budgetkit.validate.totals import amounts_once

NAME = "consistency"
Amount = dict[str, Any]
_WORD = re.compile(r"[^\W\d_]+")


class Context:
    """What the words around an amount say it is for (the ``context_*`` tolerances)."""

    def __init__(self, tolerances: Tolerances, sentences: list[str]) -> None:
        self.reach = int(tolerances.get("consistency", "context_reach"))
        self.min_length = int(tolerances.get("consistency", "context_min_word_length"))
        self.min_shared = int(tolerances.get("consistency", "context_min_shared_words"))
        self.stop = {w.lower() for w in tolerances.get("consistency", "context_stop_words")}
        self._parts: dict[str, frozenset[str]] = {}
        self._near: dict[tuple[str | None, str], frozenset[str]] = {}
        self.vocabulary = {
            word
            for sentence in sentences
            for word in (w.lower() for w in _WORD.findall(sentence or ""))
            if len(word) >= self.min_length
        }

    def parts(self, word: str) -> frozenset[str]:
        if word not in self._parts:
            self._parts[word] = self._split(word)
        return self._parts[word]

    def _split(self, word: str) -> frozenset[str]:
        """Dutch compounds split into words the documents also use on their own
        ("ondermijningsfonds" into ondermijning + fonds, with or without the linking s), so
        "Ondermijningsfonds" and "Ondermijningsbestrijdingsfonds" are seen to share words."""
        for cut in range(self.min_length, len(word) - self.min_length + 1):
            head, tail = word[:cut], word[cut:]
            if head not in self.vocabulary:
                continue
            for rest in (tail, tail[1:] if tail.startswith("s") else ""):
                if rest in self.vocabulary:
                    return frozenset({head, rest})
                if deeper := (self.parts(rest) if len(rest) >= self.min_length else None):
                    return frozenset({head, *deeper})
        return frozenset()

    def words(self, amount: Amount) -> frozenset[str]:
        """Words among the ``reach`` words either side of the amount in its sentence (the
        whole sentence if the quote cannot be found in it)."""
        key = (amount["sentence"], amount["quote"])
        if key not in self._near:
            self._near[key] = self._words(*key)
        return self._near[key]

    def _words(self, sentence: str | None, quote: str) -> frozenset[str]:
        sentence = " ".join((sentence or "").split())
        quote = " ".join(quote.split())
        at = sentence.find(quote)
        if at < 0:
            near = _WORD.findall(sentence)
        else:
            before = _WORD.findall(sentence[:at])
            after = _WORD.findall(sentence[at + len(quote) :])
            near = before[max(0, len(before) - self.reach) :] + after[: self.reach]
        found = {w for w in (w.lower() for w in near) if len(w) >= self.min_length}
        found |= {part for word in found for part in self.parts(word)}
        return frozenset(found - self.stop)

    def same_money(self, a: Amount, b: Amount) -> bool:
        return len(self.words(a) & self.words(b)) >= self.min_shared


def _years(amount: Amount) -> tuple[int, int] | None:
    if amount["year_from"] is None:
        return None
    return amount["year_from"], amount["year_to"] or amount["year_from"]


def _span(years: tuple[int, int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"


def _measure_amounts(data: PackageData) -> dict[str, list[Amount]]:
    grouped: dict[str, list[Amount]] = {}
    amounts = amounts_once(data).filter(pl.col("measure_id").is_not_null())
    for row in amounts.sort("document_id", "line", "column").iter_rows(named=True):
        grouped.setdefault(row["measure_id"], []).append(row)
    return grouped


def _propose(data: PackageData, tolerances: Tolerances, by_measure) -> dict[str, dict]:
    stop = {w.lower() for w in tolerances.get("consistency", "stop_words")}
    min_length = int(tolerances.get("consistency", "min_word_length"))
    threshold = float(tolerances.get("consistency", "propose_score"))
    bonus = float(tolerances.get("consistency", "amount_bonus"))
    years = dict(data.typed("documents").select("document_id", "budget_year").iter_rows())
    measures: dict[str, list[dict[str, Any]]] = {}
    for m in data.typed("measures").sort("measure_id").iter_rows(named=True):
        if by_measure.get(m["measure_id"]):
            m["words"] = title_words(m["title"], stop, min_length)
            measures.setdefault(m["document_id"], []).append(m)
    # An amount many measures of a document state (€ 10 mln in 2021) ties nothing together.
    keys = {
        m["measure_id"]: {(x["amount_eur"], _years(x)) for x in by_measure[m["measure_id"]]}
        for ms in measures.values()
        for m in ms
    }
    common: dict[tuple, int] = {}
    for doc, ms in measures.items():
        for m in ms:
            for key in keys[m["measure_id"]]:
                common[(doc, *key)] = common.get((doc, *key), 0) + 1

    def telling(doc: str, key: tuple) -> bool:
        return common.get((doc, *key), 0) == 1

    telling_keys = {
        m["measure_id"]: {k for k in keys[m["measure_id"]] if telling(m["document_id"], k)}
        for ms in measures.values()
        for m in ms
    }
    limit = int(tolerances.get("consistency", "max_proposals_per_measure"))
    scored = []
    for a, b in _candidates(measures, years, telling_keys, threshold, bonus, limit):
        keys_a, keys_b = telling_keys[a["measure_id"]], telling_keys[b["measure_id"]]
        shared = a["words"] & b["words"]
        union = a["words"] | b["words"]
        score = len(shared) / len(union) if union else 0.0
        equal = sorted((v, y) for v, y in keys_a & keys_b if y)
        # Several equal amounts, whatever their years, also tie two measures.
        values = sorted({v for v, _ in keys_a} & {v for v, _ in keys_b})
        if equal or len(values) >= 2:
            score += bonus
        if score < threshold:
            continue
        first, second = sorted([a["measure_id"], b["measure_id"]])
        scored.append((score, link_id(first, second), first, second, (a, b, shared)))
    return {
        lid: _proposal(lid, score, *why, telling_keys)
        for score, lid, _, _, why in _best(scored, limit)
    }


def _proposal(lid, score, a, b, shared, telling_keys) -> dict[str, Any]:
    """One proposal as a steward reads it, built only for the pairs kept."""
    keys_a, keys_b = telling_keys[a["measure_id"]], telling_keys[b["measure_id"]]
    equal = sorted((v, y) for v, y in keys_a & keys_b if y)
    values = sorted({v for v, _ in keys_a} & {v for v, _ in keys_b})
    evidence = []
    if shared:
        evidence.append("title words: " + ", ".join(sorted(shared)))
    if equal:
        evidence.append(
            "equal amounts: " + "; ".join(f"{euros(v)} in {_span(y)}" for v, y in equal[:3])
        )
    elif len(values) >= 2:
        evidence.append("equal amounts: " + "; ".join(euros(v) for v in values[:4]))
    return {
        "id": lid,
        "status": "proposed",
        "measures": sorted([a["measure_id"], b["measure_id"]]),
        "titles": [a["title"], b["title"]],
        "score": round(score, 2),
        "evidence": "; ".join(evidence),
    }


def _best(scored: list[tuple], limit: int) -> list[tuple]:
    """The proposals (score, id, first measure, second measure, ...) among the best
    ``limit`` of each of their two measures (highest score first, then the other measure's
    id): a steward reviews a handful per measure, and identical titles in a thousand
    documents would otherwise propose a million pairs."""
    ranked: dict[str, list[tuple[float, str, str]]] = {}
    for score, lid, first, second, *_ in scored:
        ranked.setdefault(first, []).append((-score, second, lid))
        ranked.setdefault(second, []).append((-score, first, lid))
    chosen: dict[str, int] = {}
    for options in ranked.values():
        for _, _, lid in sorted(options)[:limit]:
            chosen[lid] = chosen.get(lid, 0) + 1
    return [entry for entry in scored if chosen.get(entry[1]) == 2]


def _candidates(measures, years, telling_keys, threshold: float, bonus: float, limit: int):
    """The pairs of measures (of two documents about one budget year, the earlier document
    first) that can be among the best ``limit`` proposals of one of their measures; every
    other pair scores too low, or lower than ``limit`` others, so the exact score is
    computed only for these instead of for every pair (billions in a big package).

    By title words alone a pair needs a Jaccard share of at least ``threshold``. Titles
    repeat, so that is decided once per pair of distinct word sets, and only for sets that
    share one of their rarest words (prefix filtering: a set of n words must share
    ceil(threshold * n) of them, so it shares one of its n - ceil(threshold * n) + 1
    rarest). All measures with one word set score the same against a measure, so only the
    first ``limit`` of them by id (of other documents, not tied by amounts) can be among
    its best. The amount bonus needs an equal telling amount for the same years, or two
    equal telling amounts: pairs sharing one of those keys, all taken.
    """
    by_year: dict[Any, list[str]] = {}
    for doc in sorted(measures):
        if years.get(doc) is not None:
            by_year.setdefault(years[doc], []).append(doc)
    cutoff = threshold - 1e-9  # a shade lower: a longer prefix, never a missed pair
    for docs in by_year.values():
        group = [m for doc in docs for m in measures[doc]]
        order = {doc: i for i, doc in enumerate(docs)}
        if threshold <= 0:
            for doc_a, doc_b in combinations(docs, 2):
                yield from ((a, b) for a in measures[doc_a] for b in measures[doc_b])
            continue
        tied: dict[int, set[int]] = {}
        if bonus > 0:
            postings: dict[tuple, list[int]] = {}
            for index, m in enumerate(group):
                keys = telling_keys[m["measure_id"]]
                for value, span in keys:
                    if span:
                        postings.setdefault(("amount", value, span), []).append(index)
                for pair in combinations(sorted({value for value, _ in keys}), 2):
                    postings.setdefault(("amounts", *pair), []).append(index)
            for members in postings.values():
                for i in members:
                    for j in members:
                        if group[i]["document_id"] != group[j]["document_id"]:
                            tied.setdefault(i, set()).add(j)
        titles: dict[frozenset, list[int]] = {}
        for index in sorted(range(len(group)), key=lambda i: group[i]["measure_id"]):
            titles.setdefault(frozenset(group[index]["words"]), []).append(index)
        similar: dict[frozenset, list[tuple[float, frozenset]]] = {}
        for first, second in _similar_sets(list(titles), cutoff):
            share = len(first & second) / len(first | second)
            if share >= threshold:
                similar.setdefault(first, []).append((share, second))
                if first != second:
                    similar.setdefault(second, []).append((share, first))
        levels = {
            words: [
                [other for _, other in level]
                for _, level in groupby(sorted(found, key=lambda x: -x[0]), key=lambda x: x[0])
            ]
            for words, found in similar.items()
        }
        pairs: set[tuple[int, int]] = set()
        for words, members in titles.items():
            for i in members:
                own, mine = group[i]["document_id"], tied.get(i, set())
                for j in mine:
                    pairs.add((i, j) if i < j else (j, i))
                taken = 0
                # Best shares first; once ``limit`` measures score higher, no lower share
                # can be among the best.
                for level in levels.get(words, []):
                    if taken >= limit:
                        break
                    found = []
                    for other in level:
                        kept = 0
                        for j in titles[other]:
                            if kept == limit - taken:
                                break
                            if group[j]["document_id"] != own and j not in mine:
                                found.append(j)
                                kept += 1
                    # One share, one score: the lowest measure ids win the tie.
                    found.sort(key=lambda j: group[j]["measure_id"])
                    for j in found[: limit - taken]:
                        pairs.add((i, j) if i < j else (j, i))
                    taken += len(found[: limit - taken])
        for i, j in sorted(pairs):
            a, b = group[i], group[j]
            if order[a["document_id"]] > order[b["document_id"]]:
                a, b = b, a
            yield a, b


def _similar_sets(sets: list[frozenset], cutoff: float):
    """Pairs of word sets (a non-empty set with itself included) whose Jaccard share is at
    least ``cutoff``.

    Prefix filtering, as joins in polars: a set of n words can only reach the cutoff with
    a set that shares one of its n - ceil(cutoff * n) + 1 rarest words, so only sets that
    share such a word are paired, and the words they share are counted by a join, not by
    Python per pair.
    """
    if not sets:
        return
    words = (
        pl.DataFrame(
            {"set": list(range(len(sets))), "word": [sorted(s) for s in sets]},
            schema={"set": pl.Int64, "word": pl.List(pl.Utf8)},
        )
        .explode("word")
        .drop_nulls("word")
    )
    frequency = words.group_by("word").len("frequency")
    size = words.group_by("set").len("size").with_columns(pl.col("size").cast(pl.Int64))
    prefix = (pl.col("size") - (pl.col("size") * cutoff).ceil().cast(pl.Int64) + 1).alias("keep")
    postings = (
        words.join(frequency, on="word")
        .join(size, on="set")
        .sort("set", "frequency", "word")
        .with_columns(pl.int_range(pl.len()).over("set").alias("rank"), prefix)
        .filter(pl.col("rank") < pl.col("keep"))
        .select("set", "word")
    )
    pairs = (
        postings.join(postings.rename({"set": "other"}), on="word")
        .filter(pl.col("set") <= pl.col("other"))
        .select("set", "other")
        .unique()
    )
    shared = (
        pairs.join(words, on="set")
        .join(words.rename({"set": "other"}), on=["other", "word"])
        .group_by("set", "other")
        .len("shared")
        .join(size, on="set")
        .join(size.rename({"set": "other", "size": "other_size"}), on="other")
        .filter(
            pl.col("shared") >= cutoff * (pl.col("size") + pl.col("other_size") - pl.col("shared"))
        )
        .sort("set", "other")
    )
    for i, j in shared.select("set", "other").iter_rows():
        yield sets[i], sets[j]


def _by_years(amounts: list[Amount]) -> dict[tuple[int, int], list[Amount]]:
    grouped: dict[tuple[int, int], list[Amount]] = {}
    for x in amounts:
        if _years(x):
            grouped.setdefault(_years(x), []).append(x)
    return grouped


def _cross_document(
    result: LayerResult, precision: Precision, first: list[Amount], second: list[Amount]
) -> set[tuple[int, int]]:
    """Years both measures state money for, with no pair of amounts agreeing: one finding
    each, for the closest pair. Returns those years."""
    theirs_by_years = _by_years(second)
    disagree = set()
    for years, mine in sorted(_by_years(first).items()):
        theirs = theirs_by_years.get(years, [])
        if not theirs or any(
            precision.of_amount(a).agrees(precision.of_amount(b)) for a in mine for b in theirs
        ):
            continue
        disagree.add(years)
        a, b = min(
            ((a, b) for a in mine for b in theirs),
            key=lambda p: abs(p[0]["amount_eur"] - p[1]["amount_eur"]),
        )
        result.findings.append(
            _finding(
                "cross_document",
                a,
                b,
                precision.of_amount(b),
                precision.of_amount(a),
                years,
                _cross_message(a, b, years),
            )
        )
    return disagree


def _linked_years(
    result: LayerResult,
    precision: Precision,
    context: Context,
    first: list[Amount],
    second: list[Amount],
    skip: set[tuple[int, int]],
) -> None:
    """An amount of one measure that the linked measure states, with the same words
    around it, for other years (one finding per amount)."""
    theirs_by_years = _by_years(second)
    for years, mine in sorted(_by_years(first).items()):
        if years in skip:
            continue
        theirs = theirs_by_years.get(years, [])
        for a in mine:
            fa = precision.of_amount(a)
            if any(fa.agrees(precision.of_amount(b)) for b in theirs):
                continue
            for b in second:
                if (
                    _years(b)
                    and _years(b) != years
                    and fa.agrees(precision.of_amount(b))
                    and context.same_money(a, b)
                ):
                    result.findings.append(
                        _finding(
                            "year_mismatch",
                            a,
                            b,
                            precision.of_amount(b),
                            fa,
                            years,
                            f"{a['document_id']} puts {' '.join(a['quote'].split())} in "
                            f"{_span(years)} (line {a['line']}), {b['document_id']} puts the "
                            f"same amount in {_span(_years(b))} (line {b['line']}).",
                        )
                    )
                    break


def _within_document(
    result: LayerResult, precision: Precision, context: Context, data: PackageData, limit: int
) -> int:
    """Equal amounts of one document, in different sentences and years, with the same
    words around them, at least one of them funding a measure: one measure given two
    different years. Two context figures (16 miljard witwasgeld "in 2014", and the share
    afgepakt "in 2017") are not money a measure spends. Returns the pairs compared.

    Bounded: an amount is compared with at most ``limit`` later equal amounts of other
    years (nearest first), so a figure a document repeats a thousand times costs a
    thousand times ``limit`` comparisons, not a million.
    """
    amounts = amounts_once(data).filter(pl.col("year_from").is_not_null())
    groups: dict[tuple[str, float], list[Amount]] = {}
    for row in amounts.sort("document_id", "line", "column").iter_rows(named=True):
        groups.setdefault((row["document_id"], row["amount_eur"]), []).append(row)
    compared = 0
    for same in groups.values():
        if len(same) < 2:
            continue
        buckets: dict[tuple[int, int], list[int]] = {}
        for index, x in enumerate(same):
            buckets.setdefault(_years(x), []).append(index)
        for i, a in enumerate(same):
            later = sorted(
                j
                for years, members in buckets.items()
                if years != _years(a)
                for j in members[bisect.bisect_right(members, i) :][:limit]
            )[:limit]
            for b in (same[j] for j in later):
                if a["sentence"] == b["sentence"]:
                    continue
                if a["measure_id"] is None and b["measure_id"] is None:
                    continue
                compared += 1
                if context.same_money(a, b):
                    _report_within(result, precision, context, a, b)
    return compared


def _report_within(
    result: LayerResult, precision: Precision, context: Context, a: Amount, b: Amount
) -> None:
    fa = precision.amount(a["amount_eur"], None, a["quote"], a["scale"], None)
    fb = precision.amount(b["amount_eur"], None, b["quote"], b["scale"], None)
    shared = ", ".join(sorted(context.words(a) & context.words(b)))
    result.findings.append(
        _finding(
            "year_mismatch",
            a,
            b,
            fb,
            fa,
            _years(a),
            f"{a['document_id']} puts {' '.join(a['quote'].split())} in "
            f"{_span(_years(a))} (line {a['line']}) and the same amount in "
            f"{_span(_years(b))} (line {b['line']}), both about: {shared}.",
        )
    )


def _cross_message(a: Amount, b: Amount, years: tuple[int, int]) -> str:
    return (
        f"For {_span(years)}, {a['document_id']} gives {' '.join(a['quote'].split())} "
        f"(line {a['line']}) and {b['document_id']} gives {' '.join(b['quote'].split())} "
        f"(line {b['line']}) for the same measure: {euros(abs(a['amount_eur'] - b['amount_eur']))} "
        "apart."
    )


def _finding(check, a, b, expected: Figure, actual: Figure, years, message) -> dict[str, Any]:
    return {
        "check": check,
        "document_id": a["document_id"],
        "line": a["line"],
        "other_document_id": b["document_id"],
        "other_line": b["line"],
        "year": years[0] if years[0] == years[1] else None,
        "expected": expected.value,
        "actual": actual.value,
        "difference": actual.value - expected.value,
        "tolerance": expected.half_unit + actual.half_unit,
        "message": message,
    }


@dataclass
class _State:
    """What the layer's rules share: tolerances, the amounts per measure, the decisions."""

    data: PackageData
    tolerances: Tolerances = field(init=False)
    precision: Precision = field(init=False)
    context: Context = field(init=False)
    by_measure: dict[str, list[Amount]] = field(init=False)
    links: list[Link] = field(init=False)
    #: Confirmed links whose measures are both in the package: the ones compared.
    compared: list[Link] = field(default_factory=list)
    #: Per compared link, the years it has a cross_document finding for.
    disagree: dict[str, set[tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tolerances = Tolerances(self.data.project)
        self.precision = Precision(self.tolerances)
        self.context = Context(self.tolerances, self.data.raw("amounts")["sentence"].to_list())
        self.by_measure = _measure_amounts(self.data)
        self.links = load_links(self.data.project)


class LinkTargets(Check):
    """A link a steward confirmed names measures the package has; otherwise the decision
    points nowhere and must be redone."""

    code = "link"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        known = set(data.raw("measures")["measure_id"].to_list())
        confirmed = [link for link in state.links if link.status == "confirmed"]
        for link in confirmed:
            missing = [m for m in link.measures if m not in known]
            if not missing:
                state.compared.append(link)
                continue
            result.error(
                self.code,
                f"confirmed link {link.id} names measure(s) {', '.join(missing)} that the "
                "package does not have; re-link them in checks/links.yml",
                resource="checks/links.yml",
                key=link.id,
            )
        result.checked["confirmed links compared"] = len(state.compared)
        result.checked["links rejected"] = sum(1 for x in state.links if x.status == "rejected")


class CrossDocument(Check):
    """Two linked measures agree, within printed precision, on every year (or span) both
    state money for."""

    code = "cross_document"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        for link in state.compared:
            first, second = (state.by_measure.get(m, []) for m in link.measures)
            state.disagree[link.id] = _cross_document(result, state.precision, first, second)


class YearMismatch(Check):
    """An amount is not put in different years by two linked measures, nor by two places
    of one document with the same words around it."""

    code = "year_mismatch"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        for link in state.compared:
            first, second = (state.by_measure.get(m, []) for m in link.measures)
            skip = state.disagree.get(link.id, set())
            _linked_years(result, state.precision, state.context, first, second, skip)
        limit = int(state.tolerances.get("consistency", "max_comparisons_per_amount"))
        within = _within_document(result, state.precision, state.context, data, limit)
        result.checked["equal amounts in one document with different years"] = within


class ProposeLinks(Check):
    """Undecided pairs of measures that look alike are proposed to a steward in
    reports/proposed-links.yml; checks/ is never written."""

    code = "link-proposal"
    kind = "proposal"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        decided = {link.id for link in state.links if link.status != "proposed"}
        proposals = _propose(data, state.tolerances, state.by_measure)
        waiting = [proposals[lid] for lid in sorted(proposals) if lid not in decided]
        where = data.project.relative(proposals_path(data.project))
        if write_proposals(data.project, waiting):
            result.notes.append(f"{where} updated")
        result.checked["links proposed, awaiting a steward"] = len(waiting)
        if waiting:
            result.notes.append(
                f"{len(waiting)} proposed links await a steward in {where}: "
                + "; ".join(f"{' ~ '.join(e['titles'])} ({e['evidence']})" for e in waiting[:10])
                + (" …" if len(waiting) > 10 else "")
            )


CHECKS: tuple[type[Check], ...] = (
    LinkTargets,
    CrossDocument,
    YearMismatch,
    ProposeLinks,
)


def run(data: PackageData) -> LayerResult:
    return run_checks(NAME, CHECKS, data, _State(data))
