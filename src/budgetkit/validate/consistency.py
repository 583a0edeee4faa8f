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
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import polars as pl

from budgetkit.cyclegc import without_cycle_collection
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

    def __init__(self, tolerances: Tolerances, sentences: Iterable[str | None]) -> None:
        self.reach = int(tolerances.get("consistency", "context_reach"))
        self.min_length = int(tolerances.get("consistency", "context_min_word_length"))
        self.min_shared = int(tolerances.get("consistency", "context_min_shared_words"))
        self.stop = {w.lower() for w in tolerances.get("consistency", "context_stop_words")}
        self._parts: dict[str, frozenset[str]] = {}
        self._near: dict[tuple[str | None, str], frozenset[str]] = {}
        self._sentences = sentences
        self._vocabulary: set[str] | None = None

    @property
    def vocabulary(self) -> set[str]:
        """Every word of ``context_min_word_length`` letters the amounts' sentences use,
        worked out the first time a compound is split (a package whose amounts are never
        compared never pays for it), each distinct sentence once."""
        if self._vocabulary is None:
            # A word never holds white space, so scanning each distinct white-space token
            # once (joined by a line break, never part of a word) finds the same words as
            # scanning every sentence: tokens repeat across sentences, and the regex scan,
            # not the split, is what costs.
            text = "\n".join(set(self._sentences) - {None, ""})
            tokens = "\n".join(set(text.split()))
            self._vocabulary = {
                word
                for word in map(str.lower, set(_WORD.findall(tokens)))
                if len(word) >= self.min_length
            }
        return self._vocabulary

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


def _measure_amounts(data: PackageData, measures: set[str]) -> dict[str, list[Amount]]:
    """The amounts of ``measures`` (those of the confirmed links), in document order."""
    grouped: dict[str, list[Amount]] = {}
    amounts = amounts_once(data).filter(pl.col("measure_id").is_in(sorted(measures)))
    for row in amounts.sort("document_id", "line", "column").iter_rows(named=True):
        grouped.setdefault(row["measure_id"], []).append(row)
    return grouped


def _measures_and_keys(data: PackageData, crowd: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The measures that state amounts, with their document's budget year, and their
    *telling* amounts: (value, years) that one measure alone states in its document (the
    € 10 mln in 2021 of five measures ties nothing together) and at most ``crowd`` measures
    of the budget year state (nor does the € 500 of a thousand documents).

    Measures and documents are numbered (``m``, ``d``) in id order, so every later join and
    sort is on integers, and integer order is id order.
    """
    amounts = amounts_once(data, ("measure_id", "amount_eur", "year_from", "year_to")).filter(
        pl.col("measure_id").is_not_null()
    )
    budget_years = (
        data.typed("documents")
        .select("document_id", "budget_year")
        .unique("document_id", keep="last", maintain_order=True)
    )
    measures = (
        data.typed("measures")
        .select("measure_id", "document_id", "title")
        .unique("measure_id", keep="first", maintain_order=True)
        .join(amounts.select("measure_id").unique(), on="measure_id", how="semi")
        .sort("measure_id")
        .with_row_index("m")
        .with_columns(pl.col("m").cast(pl.Int64))
    )
    last = pl.when(pl.col("year_from").is_not_null()).then(pl.coalesce("year_to", "year_from"))
    keys = (
        amounts.select(
            "measure_id",
            pl.col("amount_eur").alias("value"),
            pl.col("year_from").alias("y0"),
            last.alias("y1"),
        )
        .unique()
        .join(measures.select("measure_id", "m", "document_id"), on="measure_id")
        .join(budget_years, on="document_id", how="left")
    )
    telling = keys.filter(
        (pl.len().over("document_id", "value", "y0", "y1") == 1)
        & (pl.len().over("budget_year", "value", "y0", "y1") <= crowd)
        & pl.col("budget_year").is_not_null()
    )
    measures = measures.join(budget_years, on="document_id", how="inner").filter(
        pl.col("budget_year").is_not_null()
    )
    documents = measures.select("document_id").unique().sort("document_id").with_row_index("d")
    measures = measures.join(documents, on="document_id").with_columns(pl.col("d").cast(pl.Int64))
    return measures.sort("m"), telling.select("m", "budget_year", "value", "y0", "y1")


def _tied(telling: pl.DataFrame, measures: pl.DataFrame) -> pl.DataFrame:
    """Pairs (``a`` < ``b``) of measures of two documents of one budget year that the amount
    bonus ties: an equal telling amount for the same years, or two equal telling amounts
    whatever their years."""
    docs = measures.select("m", "d")
    spanned = telling.filter(pl.col("y0").is_not_null())
    same = spanned.join(spanned, on=["budget_year", "value", "y0", "y1"], suffix="_b").select(
        pl.col("m").alias("a"), pl.col("m_b").alias("b")
    )
    # Two equal values: each measure's pairs of telling values (few: a measure states a
    # handful of amounts) joined, never every measure stating one of them.
    values = telling.select("budget_year", "m", "value").unique()
    pairs = values.join(values.select("m", pl.col("value").alias("value_2")), on="m").filter(
        pl.col("value") < pl.col("value_2")
    )
    two = pairs.join(pairs, on=["budget_year", "value", "value_2"], suffix="_b").select(
        pl.col("m").alias("a"), pl.col("m_b").alias("b")
    )
    return (
        pl.concat([same, two])
        .filter(pl.col("a") < pl.col("b"))
        .unique()
        .join(docs.rename({"m": "a", "d": "d_a"}), on="a")
        .join(docs.rename({"m": "b", "d": "d_b"}), on="b")
        .filter(pl.col("d_a") != pl.col("d_b"))
        .select("a", "b")
    )


def _run_position(keys: list[str]) -> pl.Expr:
    """Each row's place (0, 1, ...) in its run of rows with equal ``keys``, in a frame
    sorted by them: the row's index less the index of its run's first row."""
    index = pl.int_range(pl.len(), dtype=pl.Int64)
    opens = pl.any_horizontal(*(pl.col(k).ne_missing(pl.col(k).shift(1)) for k in keys))
    return index - pl.when(opens | (index == 0)).then(index).forward_fill()


def _few_documents(frame: pl.DataFrame, group: list[str], limit: int) -> pl.DataFrame:
    """Of each group's rows (in the frame's order of preference), those that can be among
    the first ``limit`` of the group once any one document's rows are left out: of each
    document's first ``limit``, the first ``2 * limit`` (the document left out holds at
    most ``limit`` of them).

    Each document's first ``limit`` are counted along a sort by group, document and frame
    order, not by a ``group_by`` over every (group, document): at a million amounts two
    million rows in as many groups, three times the cost of the sort."""
    kept = (
        frame.with_row_index("_at")
        .sort([*group, "d", "_at"])
        .filter(_run_position([*group, "d"]) < limit)
        .sort("_at")
    )
    return (
        kept.group_by(group, maintain_order=True)
        .head(2 * limit)
        .select(*group, "d", pl.exclude(*group, "d", "_at"))
    )


def _candidates(measures: pl.DataFrame, threshold: float, limit: int) -> pl.DataFrame:
    """The pairs (``a`` < ``b``) of measures of two documents of one budget year that can
    be among the best ``limit`` proposals of one of their measures by title words; every
    other pair scores below ``threshold`` or below ``limit`` others, so the exact score is
    computed only for these instead of for every pair (billions in a big package).

    A measure's best are its partners by title share (Jaccard), highest first, then by id;
    an amount bonus only lifts a partner, and tied pairs are all scored apart, so the first
    ``limit`` by share alone hold every best one without the bonus. Titles repeat, so
    similar word sets are found once per pair of distinct sets (``_similar_sets``), and per
    budget year and word set only the few measures that can be first are kept
    (``_few_documents``): a thousand documents with one title cost ``limit`` pairs each,
    not a million.
    """
    sets = measures.select("set", "words").unique("set").sort("set")
    similar = _similar_frame([frozenset(w) for w in sets["words"].to_list()], threshold - 1e-9)
    size = sets.select("set", pl.col("words").list.len().alias("size"))
    shared = (
        similar.join(sets, on="set")
        .join(sets.rename({"set": "other", "words": "other_words"}), on="other")
        .select(
            "set",
            "other",
            pl.col("words").list.set_intersection("other_words").list.len().alias("shared"),
        )
        .join(size, on="set")
        .join(size.rename({"set": "other", "size": "other_size"}), on="other")
        .select(
            "set",
            "other",
            (
                pl.col("shared").cast(pl.Float64)
                / (pl.col("size") + pl.col("other_size") - pl.col("shared")).cast(pl.Float64)
            ).alias("share"),
        )
        .filter(pl.col("share") >= threshold)
    )
    shares = pl.concat(
        [
            shared,
            shared.filter(pl.col("set") != pl.col("other"))
            .select("other", "set", "share")
            .rename({"other": "set", "set": "other"}),
        ]
    )
    found = []
    members = measures.select("budget_year", "set", "m", "d")
    for group in members.partition_by("budget_year", maintain_order=True):
        first = _few_documents(group.sort("m"), ["set"], limit)
        # Only the year's own word sets get partners below (the join with ``group``), so
        # the pairs of sets no measure of the year has are left out before the sort.
        present = first.select("set").unique()
        merged = (
            shares.join(present, on="set", how="semi")
            .join(first.rename({"set": "other"}), on="other")
            .sort(["set", "share", "m"], descending=[False, True, False])
        )
        best = _few_documents(merged, ["set"], limit).select(
            "set", "share", pl.col("m").alias("b"), pl.col("d").alias("d_b")
        )
        found.append(
            group.select(pl.col("m").alias("a"), "set", "d")
            .join(best, on="set")
            .filter(pl.col("d") != pl.col("d_b"))
            .sort(["a", "share", "b"], descending=[False, True, False])
            .group_by("a", maintain_order=True)
            .head(limit)
            .select(pl.min_horizontal("a", "b").alias("a"), pl.max_horizontal("a", "b").alias("b"))
        )
    if not found:
        return pl.DataFrame(schema={"a": pl.Int64, "b": pl.Int64})
    return pl.concat(found).unique()


#: Word subsets a word set may be indexed under; a longer title is compared word by word.
_MAX_SIGNATURES = 256


def _fewest_shared(a: int, b: int, cutoff: float) -> int | None:
    """The fewest words two sets of ``a`` and ``b`` words must share for a Jaccard share of
    at least ``cutoff`` (None: they cannot reach it)."""
    for shared in range(min(a, b) + 1):
        if shared >= cutoff * (a + b - shared):
            return shared
    return None


def _similar_frame(sets: list[frozenset], cutoff: float) -> pl.DataFrame:
    """Pairs (``set`` <= ``other``, indexes into ``sets``) of word sets whose Jaccard share
    is at least ``cutoff``; a non-empty set is paired with itself.

    Two sets of a and b words reach the cutoff exactly when they share at least
    ``_fewest_shared(a, b)`` = k words, so when they share a subset of k words: each set is
    indexed under its subsets of every k it may need, and sets meet by a join on those
    subsets, never pair by pair. Sets with more subsets than ``_MAX_SIGNATURES`` (long
    titles) are compared directly with every set sharing a word with them.
    """
    sizes = sorted({len(s) for s in sets} - {0})
    need = {(a, b): _fewest_shared(a, b, cutoff) for a in sizes for b in sizes}
    wanted = {a: sorted({k for b in sizes if (k := need[(a, b)]) is not None}) for a in sizes}
    cost = {a: sum(math.comb(a, k) for k in ks) for a, ks in wanted.items()}
    index, ids, ks, lengths = [], [], [], []
    big: list[int] = []
    for number, words in enumerate(sets):
        if not words:
            continue
        if cost[len(words)] > _MAX_SIGNATURES:
            big.append(number)
            continue
        ordered = sorted(words)
        for k in wanted[len(words)]:
            for subset in combinations(ordered, k):
                ids.append(number)
                lengths.append(len(words))
                ks.append(k)
                index.append("\x1f".join(subset))
    signatures = pl.DataFrame(
        {"set": ids, "size": lengths, "k": ks, "key": index},
        schema={"set": pl.Int64, "size": pl.Int64, "k": pl.Int64, "key": pl.Utf8},
    )
    # Sets of a and b words meet only on their subsets of need[(a, b)] words: joining
    # those alone, not every subset of every k, keeps the join from making pairs that
    # a filter would then drop (most of them).
    by_size = signatures.partition_by("size", "k", as_dict=True, include_key=False)
    found = [
        by_size[(a, k)]
        .join(by_size[(b, k)], on="key", suffix="_other")
        .filter(pl.col("set") <= pl.col("set_other"))
        .select("set", pl.col("set_other").alias("other"))
        for (a, b), k in need.items()
        if k is not None and (a, k) in by_size and (b, k) in by_size
    ]
    pairs = pl.concat([pl.DataFrame(schema={"set": pl.Int64, "other": pl.Int64}), *found]).unique()
    if big:
        postings: dict[str, list[int]] = {}
        for number, words in enumerate(sets):
            for word in words:
                postings.setdefault(word, []).append(number)
        extra = set()
        big_set = set(big)
        for number in big:
            words = sets[number]
            for other in {o for word in words for o in postings[word]}:
                if other in big_set and other < number:
                    continue  # compared when ``other`` was
                if len(words & sets[other]) >= cutoff * len(words | sets[other]):
                    extra.add((min(number, other), max(number, other)))
        more = pl.DataFrame(sorted(extra), schema=["set", "other"], orient="row")
        pairs = pl.concat([pairs, more.cast(pl.Int64)]).unique()
    return pairs.sort("set", "other")


def _similar_sets(sets: list[frozenset], cutoff: float):
    """Pairs of word sets (a non-empty set with itself included) whose Jaccard share is at
    least ``cutoff`` (see ``_similar_frame``)."""
    for i, j in _similar_frame(sets, cutoff).iter_rows():
        yield sets[i], sets[j]


def _scored(measures, telling, threshold: float, bonus: float, limit: int) -> pl.DataFrame:
    """Every candidate pair (``a`` < ``b``) with its score: the share of title words the two
    have in common, plus ``bonus`` when an amount ties them; only scores >= ``threshold``."""
    tied = _tied(telling, measures)
    pairs = pl.concat([tied, _candidates(measures, threshold, limit)]).unique()
    words = measures.select("m", "words")
    shared = pl.col("words").list.set_intersection("words_b").list.len()
    union = pl.col("words").list.len() + pl.col("words_b").list.len() - pl.col("shared")
    share = pl.when(pl.col("union") > 0).then(
        pl.col("shared").cast(pl.Float64) / pl.col("union").cast(pl.Float64)
    )
    lift = pl.when(pl.col("tied")).then(pl.lit(bonus)).otherwise(pl.lit(0.0))
    return (
        pairs.join(words.rename({"m": "a"}), on="a")
        .join(words.rename({"m": "b", "words": "words_b"}), on="b")
        .join(tied.with_columns(pl.lit(True).alias("tied")), on=["a", "b"], how="left")
        .with_columns(shared.alias("shared"), pl.col("tied").fill_null(False))
        .with_columns(union.alias("union"))
        .with_columns((share.fill_null(0.0) + lift).alias("score"))
        .filter(pl.col("score") >= threshold)
        .select("a", "b", "score")
    )


def _best(scored: pl.DataFrame, limit: int) -> pl.DataFrame:
    """The pairs among the best ``limit`` of each of their two measures (highest score
    first, then the other measure's id): a steward reviews a handful per measure, and
    identical titles in a thousand documents would otherwise propose a million pairs."""
    both = pl.concat(
        [
            scored.select(pl.col("a").alias("m"), pl.col("b").alias("other"), "score", "a", "b"),
            scored.select(pl.col("b").alias("m"), pl.col("a").alias("other"), "score", "a", "b"),
        ]
    )
    chosen = (
        both.sort(["m", "score", "other"], descending=[False, True, False])
        .group_by("m", maintain_order=True)
        .head(limit)
        .group_by("a", "b")
        .len()
        .filter(pl.col("len") == 2)
    )
    return scored.join(chosen.select("a", "b"), on=["a", "b"], how="semi")


def _propose(data: PackageData, tolerances: Tolerances) -> dict[str, dict]:
    """Undecided links worth a steward's look, by id: pairs of measures of two documents
    about one budget year whose titles share words or whose telling amounts are equal."""
    setting = lambda name: tolerances.get("consistency", name)  # noqa: E731
    stop = {w.lower() for w in setting("stop_words")}
    min_length = int(setting("min_word_length"))
    threshold = float(setting("propose_score"))
    bonus = float(setting("amount_bonus"))
    limit = int(setting("max_proposals_per_measure"))
    measures, telling = _measures_and_keys(data, int(setting("max_measures_per_amount")))
    titles = measures["title"].unique(maintain_order=True).to_list()
    word_sets = [frozenset(title_words(title, stop, min_length)) for title in titles]
    numbers = {words: n for n, words in enumerate(sorted(set(word_sets), key=sorted))}
    # The word lists pass to polars as one text each and are split there: ten thousand
    # Python lists cost a conversion each (words are letters only, never the separator).
    by_title = pl.DataFrame(
        {
            "title": titles,
            "set": [numbers[w] for w in word_sets],
            "words": ["\x1f".join(sorted(w)) for w in word_sets],
        },
        schema={"title": pl.Utf8, "set": pl.Int64, "words": pl.Utf8},
    ).with_columns(
        pl.col("words").str.split("\x1f").list.eval(pl.element().filter(pl.element() != ""))
    )
    measures = measures.join(by_title, on="title", how="left", nulls_equal=True)
    kept = _best(_scored(measures, telling, threshold, bonus, limit), limit)
    return _proposals(kept, measures, telling)


def _proposals(kept: pl.DataFrame, measures: pl.DataFrame, telling: pl.DataFrame) -> dict:
    """Each kept pair as a steward reads it, the earlier document's measure first."""
    involved = pl.concat([kept["a"], kept["b"]]).unique().to_frame("m")
    info = {
        m: row
        for m, *row in measures.join(involved, on="m", how="semi")
        .select("m", "measure_id", "document_id", "title", "words")
        .iter_rows()
    }
    keys: dict[int, set] = {}
    for m, value, y0, y1 in (
        telling.join(involved, on="m", how="semi").select("m", "value", "y0", "y1").iter_rows()
    ):
        keys.setdefault(m, set()).add((value, None if y0 is None else (y0, y1)))
    out = {}
    for a, b, score in kept.iter_rows():
        if info[a][1] > info[b][1]:
            a, b = b, a
        (id_a, _, title_a, words_a), (id_b, _, title_b, words_b) = info[a], info[b]
        keys_a, keys_b = keys.get(a, set()), keys.get(b, set())
        equal = sorted((v, y) for v, y in keys_a & keys_b if y)
        values = sorted({v for v, _ in keys_a} & {v for v, _ in keys_b})
        shared = sorted(set(words_a) & set(words_b))
        evidence = []
        if shared:
            evidence.append("title words: " + ", ".join(shared))
        if equal:
            evidence.append(
                "equal amounts: " + "; ".join(f"{euros(v)} in {_span(y)}" for v, y in equal[:3])
            )
        elif len(values) >= 2:
            evidence.append("equal amounts: " + "; ".join(euros(v) for v in values[:4]))
        lid = link_id(id_a, id_b)
        out[lid] = {
            "id": lid,
            "status": "proposed",
            "measures": sorted([id_a, id_b]),
            "titles": [title_a, title_b],
            "score": round(score, 2),
            "evidence": "; ".join(evidence),
        }
    return out


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
    group = ["document_id", "amount_eur"]
    span = pl.struct("year_from", pl.coalesce("year_to", "year_from"))
    # Only groups that can give a pair reach Python: two amounts or more, stated for two
    # spans of years or more, one of them funding a measure.
    fields = (*group, "year_from", "year_to", "line", "column", "quote", "scale", "sentence")
    amounts = (
        amounts_once(data, (*fields, "measure_id"))
        .filter(pl.col("year_from").is_not_null())
        .filter(
            (pl.len().over(group) >= 2)
            & (span.n_unique().over(group) >= 2)
            & pl.col("measure_id").is_not_null().any().over(group)
        )
    )
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
    #: The amounts of the compared links' measures.
    by_measure: dict[str, list[Amount]] = field(default_factory=dict)
    links: list[Link] = field(init=False)
    #: Confirmed links whose measures are both in the package: the ones compared.
    compared: list[Link] = field(default_factory=list)
    #: Per compared link, the years it has a cross_document finding for.
    disagree: dict[str, set[tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tolerances = Tolerances(self.data.project)
        self.precision = Precision(self.tolerances)
        sentences = self.data.raw("amounts")["sentence"].unique().to_list()
        self.context = Context(self.tolerances, sentences)
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
        wanted = {m for link in state.compared for m in link.measures}
        state.by_measure = _measure_amounts(data, wanted)
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
        proposals = _propose(data, state.tolerances)
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
    with without_cycle_collection():
        return run_checks(NAME, CHECKS, data, _State(data))
