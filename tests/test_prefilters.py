"""The cheap tests that spare a pattern its scan never reject a text the pattern matches.

Extraction runs several patterns on the window around every amount only when a substring
test says the window may hold a match ("waar" before ``waarvan``, a year's digits before a
year pattern). Such a test is a second copy of what the pattern needs, so an alternative
added to the pattern but not to its test would be skipped without a sign. Here each pair
is tried on texts built from the pattern's own words, digits and the letters ignoring case
treats specially, in every case: wherever the pattern matches, the test must let it run.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import (
    amounts_context_years,
    amounts_qualifiers,
    amounts_roles,
    amounts_windows,
    amounts_years,
    money,
    money_currencies,
    money_grammar,
    money_scan,
    tables_cell_items,
    tables_delimited,
    tables_heading_line,
    tables_units,
    tables_vocabulary,
)
from budgetkit.layout import lines_matching
from budgetkit.textmodel import TextModel

# A lookahead holding no group ("(?=[whdv])", "(?=[\s),;]|$)", "(?=\)|$)"): the patterns
# here use them only to skip ahead.
_LOOKAHEAD = re.compile(r"\(\?=(?:\\.|\[[^\]]*\]|[^()\[\\])*\)")


def _words_of(pattern: re.Pattern[str]) -> list[str]:
    """The literal words and digits in the pattern's source (escapes' letters are harmless)."""
    return sorted(set(re.findall(r"[^\W_]+", pattern.pattern)))


def _texts(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Texts the pattern matches (hypothesis writes them from the pattern itself, lookaheads
    left out: they only filter, and the test below searches with the whole pattern), and
    texts of its words in any order and case, next to each other or apart."""
    words = [*_words_of(pattern), "2021", "1998", "1985", "€", "(", ")", "ı", "ſ", "İ", "x"]
    cased = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.capitalize()])
    )
    glue = st.sampled_from([" ", "  ", "\n", "", "-", ", ", ". ", "\xa0", " – "])
    shuffled = st.lists(st.tuples(cased, glue), max_size=12).map(
        lambda parts: "".join(word + sep for word, sep in parts)
    )
    written = st.from_regex(re.compile(_LOOKAHEAD.sub("", pattern.pattern), pattern.flags))
    return st.one_of(written, shuffled)


def _holds(words: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda text: amounts_windows.may_hold(text, words)


PAIRS: dict[str, tuple[re.Pattern[str], Callable[[str], bool]]] = {
    "marks": (amounts_roles._MARKS, _holds(amounts_roles._MARK_WORDS)),
    "part": (amounts_roles._PART, _holds(amounts_roles._PART_WORDS)),
    "total before": (amounts_roles._TOTAL_BEFORE, _holds(amounts_roles._TOTAL_WORDS)),
    "coming years": (amounts_context_years._COMING_YEARS, _holds(("komende",))),
    "relative part": (amounts_roles.RELATIVE_PART, _holds(("waar",))),
    "any year": (amounts_years._ANY_YEAR, amounts_years.has_year),
    "adjacent year": (amounts_years._ADJACENT_YEAR, amounts_years.adjacent_year),
    "joined year": (amounts_years.JOINED_YEAR, amounts_years.may_join_year),
    "qualifier": (amounts_qualifiers._QUALIFIER, amounts_qualifiers._may_qualify),
    "range": (money_scan._RANGE_HINT, money_scan._may_range),
    "unit declaration": (money._DECLARES, money._may_declare),
    # searched in the text ending at a currency sign; the test is given the text and the sign
    "scale before a sign": (
        money_scan._BEFORE_SIGN,
        lambda text: money_scan._may_lead(text, len(text)),
    ),
    # matched where an amount ends; here the amount ends at the text's start
    "scale or currency left after": (
        re.compile(rf"\A(?:{money_scan._LEFT_AFTER.pattern})"),
        lambda text: money_scan._may_be_left(text, 0),
    ),
    # searched in the 40 characters before an amount; the test is given the text ending there
    "amount it comes from": (
        money._FROM_AMOUNT,
        lambda text: (
            money._FROM_AMOUNT.search(text, max(0, len(text) - 40)) is None
            or money._may_come_from(text, len(text))
        ),
    ),
    # searched in the window before "euro"; the test is given that window
    "thousands in words": (
        money_scan._THOUSANDS_BEFORE,
        lambda text: money_scan._may_be_thousands(text, 0, len(text)),
    ),
    **{
        f"unit form {form} alone": (
            pattern,
            lambda text, form=form: tables_units._holds_needs(
                form, text, tables_units._plain(text)
            ),
        )
        for form, pattern in enumerate(tables_units.FORMS)
    },
    # matched at a line's start; the test is given the line's first character after white space
    "cell line": (
        re.compile(rf"\A(?:{tables_cell_items._CELL_LINE.pattern})"),
        lambda text: tables_cell_items.may_start_cell(text.strip()[:1]),
    ),
    **{
        f"unit form {form}": (pattern, tables_units.may_declare)
        for form, pattern in enumerate(tables_units.FORMS)
    },
    # matched right after a number; here the number ends at the text's start
    "currency after a number": (
        re.compile(rf"\A(?:{money_grammar._EURO_AFTER})"),
        lambda text: re.match(money_grammar._EURO_NEXT, text) is not None,
    ),
    # matched where an amount ends; here the amount ends at the text's start
    "ambiguous scale after": (
        re.compile(rf"\A(?:{money_scan._AMBIGUOUS_AFTER.pattern})"),
        lambda text: money_scan._may_be_ambiguous(text, 0),
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_a_prefilter_lets_every_match_through(name: str) -> None:
    pattern, may_match = PAIRS[name]

    @settings(max_examples=600, deadline=None)
    @given(_texts(pattern))
    def check(text: str) -> None:
        if pattern.search(text) is not None:
            assert may_match(text), text

    check()


# Patterns ignoring case that run on lower-cased windows, each with what a match gives.
FOLDED = {
    "years": (amounts_years._YEARS, amounts_years._YEARS_FOLDED, amounts_years._read_years),
    "marks": (amounts_roles._MARKS, amounts_roles._MARKS_FOLDED, lambda m: m.lastgroup),
    "funding": (amounts_roles._FUNDING, amounts_roles._FUNDING_FOLDED, lambda m: None),
}


@pytest.mark.parametrize("name", sorted(FOLDED))
def test_a_pattern_run_on_lower_cased_text_finds_what_it_finds_ignoring_case(name: str) -> None:
    pattern, folded, reading = FOLDED[name]

    @settings(max_examples=600, deadline=None)
    @given(st.one_of(_texts(pattern), _texts(folded)))
    def check(text: str) -> None:
        found = [
            (m.span(), reading(m)) for m in amounts_windows.finditer_folded(pattern, folded, text)
        ]
        assert found == [(m.span(), reading(m)) for m in pattern.finditer(text)], text

    check()


def test_a_year_the_joined_year_pattern_takes_is_not_skipped() -> None:
    """ "sinds 1985 met € 5 mln": the joined-year pattern reads years from 1900, more than the
    budget years ``_has_year`` looks for, so its own test must let 1985 through."""
    assert amounts_years.JOINED_YEAR.search("sinds 1985 met ")
    assert amounts_years.may_join_year("sinds 1985 met ")


def test_a_unit_word_with_a_dotted_or_dotless_i_is_not_skipped() -> None:
    """Ignoring case, the forms' "i" matches "ı" and "İ" too, whose lower case is no "i": the
    unit test must still let such a spelling through."""
    for text in ("x € 1 mıljoen", "in MİLJARDEN euro", "(x MİO)"):
        assert any(form.search(text) for form in tables_units.FORMS), text
        assert tables_units.may_declare(text), text


def _note_texts() -> st.SearchStrategy[str]:
    """Texts of the unit forms' words, and of notes in percent and fte, as ``_texts``."""
    notes = re.compile(r"\((?:in|x) (?:procenten|%|1 fte|fte)\)|procent van het bbp|% bbp")
    return st.one_of(*(_texts(form) for form in tables_units.FORMS), _texts(notes))


def test_no_unit_nor_what_stands_beside_it_prints_the_letter_unit_alone_refuses() -> None:
    """``unit_alone`` refuses a text holding ``UNIT_LETTERS_ABSENT`` unread: no pattern a
    unit's text is matched by names it (``\\w`` is no letter), nor the rest a line of a unit
    alone may print, nor a currency ``_foreign`` prints in the unit's text."""
    units = tables_units
    patterns = [*units.FORMS, units.FOREIGN, units.PERCENT, units.PERCENT_BBP, units.FTE]
    for pattern in [*patterns, units._UNIT_LINE_REST]:
        source = re.sub(r"\\[wW]|\(\?P<\w+>", "", pattern.pattern).lower()  # (no group's name)
        assert units.UNIT_LETTERS_ABSENT not in source, pattern.pattern
    for text in ("(bedragen x € 1.000)", "mld euro", "x US$ 1.000", "% bbp", "(in fte)"):
        assert units.unit_alone(text, 0) is not None, text
        for extra in (units.UNIT_LETTERS_ABSENT, units.UNIT_LETTERS_ABSENT.upper()):
            assert units.unit_alone(f"{text} {extra}", 0) is None, text


def test_a_text_that_may_hold_no_unit_holds_none_in_any_opening() -> None:
    """``may_hold_unit`` is False of a text only where ``read_unit`` finds no unit in it nor
    in any opening of it (``tables_heading_line._unit_corner`` tests a line once for all
    its openings)."""

    @settings(max_examples=600, deadline=None)
    @given(_note_texts())
    def check(text: str) -> None:
        if not tables_units.may_hold_unit(text):
            for end in range(len(text) + 1):
                assert tables_units.read_unit(text[:end], 0) is None, text[:end]

    check()


def test_a_line_the_heading_reader_refuses_unsplit_reads_as_no_headings() -> None:
    """``tables_heading_line.may_read_tokens`` refuses a line only where its reading token
    by token gives no headings: lines of headings, of prose ending in a year, and of both."""
    parts = [
        *("2023", "2024", "2029", "Totaal", "totaal", "Total", "(1)", "(3)=(1)+(2)", "e.v."),
        *("Struc.", "31 december 2024", "Q1 2024", "1e kwartaal 2025", "2023 (realisatie)"),
        *("Begroting", "primitief", "na", "wijz.", "Rekening", "de", "in", "x € 1.000", "%"),
        *("2022-2025", "1-1-2024", "MN2021", "\u0662\u0660\u0662\u0664", "2\u0660"),
    ]
    glue = st.sampled_from([" ", "  ", "   ", "\xa0"])
    lines = st.lists(st.tuples(st.sampled_from(parts), glue), min_size=1, max_size=10).map(
        lambda tokens: "".join(part + space for part, space in tokens).strip()
    )

    @settings(max_examples=1500, deadline=None)
    @given(lines)
    def check(text: str) -> None:
        if not tables_heading_line.may_read_tokens(text):
            assert tables_heading_line._read_tokens(text) is None, text

    check()


def test_year_expressions_started_near_each_year_are_those_found_from_the_start() -> None:
    """``_year_expressions`` starts each search at the last word before the next year that
    no expression prints there; a word missing from ``_YEAR_WORDS`` would start it too late
    and lose or cut an expression ("vanaf maart tot 2021" read as "tot 2021")."""

    def found(matches: object) -> list[object]:
        return [(m.span(), amounts_years._read_years(m)) for m in matches]  # type: ignore[attr-defined]

    @settings(max_examples=1500, deadline=None)
    @given(_texts(amounts_years._YEARS))
    def check(text: str) -> None:
        assert found(amounts_years.year_expressions(text)) == found(
            amounts_years._YEARS.finditer(text)
        ), text

    check()
    for text in ("per vanaf januari tot en met de periode 1 maart 2021", "x van 2021 naar 2020"):
        assert found(amounts_years.year_expressions(text)) == found(
            amounts_years._YEARS.finditer(text)
        )


def test_every_currency_word_left_after_an_amount_passes_its_prefilter() -> None:
    """Each currency word the reader names (``money_currencies._CURRENCIES``), standing after
    an amount, passes the first-letter prefilter of ``_LEFT_AFTER``: a word added to the
    pattern but not to the prefilter's letters was never read ("12 miljard renminbi" lost its
    currency)."""
    read = set()
    for code, words in money_currencies._CURRENCIES:
        for word in words:
            for text in (f" {word}", f"\xa0{word.capitalize()}", f" {word.upper()}"):
                if money_scan._LEFT_AFTER.match(text):
                    assert money_scan._may_be_left(text, 0), text
                    read.add(code)
    # (each currency checked by one word at least; those of ``CODED_CURRENCIES`` are no
    # quote's: ``amounts`` reads them from a code or word beside a bare amount)
    assert read == set(money_currencies.CURRENCIES) - set(money_currencies.CODED_CURRENCIES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a1,. "\xa0\t', max_size=20))
def test_a_line_the_csv_prefilter_refuses_is_one_the_csv_reading_refuses(line: str) -> None:
    """``csv_record`` refuses a line without quotes holding ", " or " ," before parsing it:
    there the csv module reads a bare field opening or ending in a space, refused anyway."""
    fields = next(csv.reader([line]), [])
    if '"' not in line and (", " in line or " ," in line):
        assert any(field != field.strip() for field in fields)
        assert tables_delimited.csv_record(line) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a1,. "\n\r\f\t\u2028', max_size=30))
def test_every_line_holding_two_commas_is_tried_as_a_csv_heading(text: str) -> None:
    """The lines a comma may part are those ``TWO_COMMAS`` finds by one scan of the text:
    none holding two commas (the fewest a CSV heading line holds) is left out."""
    model = TextModel(text)
    found = set(lines_matching(model, tables_delimited.TWO_COMMAS))
    assert {i for i, line in enumerate(model.lines) if line.count(",") >= 2} <= found


def test_every_heading_of_a_text_column_passes_the_line_end_test() -> None:
    """``text_columns`` tries only the lines ending in one of ``TEXT_HEADING_ENDS`` for a
    text column's heading: every heading ``heading_kind`` calls one, in any case, does."""
    words = [
        *tables_vocabulary.TEXT_HEADINGS,
        *("Vervaldatum", "Laatste evaluatie", "Oplevering", "Ref. nr.", "Noot nummer"),
    ]
    for word in words:
        for cased in (word, word.upper(), word.capitalize()):
            assert tables_vocabulary.heading_kind(cased) == "text"
            line = f"Omschrijving   2024   {cased}  "
            assert line.rstrip().lower().endswith(tables_vocabulary.TEXT_HEADING_ENDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a1;,. "\xa0\t', max_size=20), st.sampled_from(["\t", ";", ","]))
def test_a_line_without_the_separator_prints_one_field_at_most(line: str, separator: str) -> None:
    """``_group_over_leaves`` refuses a line at once where the line under it or the next
    lacks the separator: the leaves line must print two fields or more and the first row one
    more than it, and a line without the separator, quoted or not, prints one at most."""
    line = line.replace(separator, "")
    assert len(tables_delimited.split_cells(line, separator, True)) <= 1
    assert len(tables_delimited.split_cells(line, separator, False)) <= 1
    lines = ["Programma\tBegroting 2025", "Lasten\tBaten\tSaldo", "Jeugd\t1\t2\t3"]
    if separator == "\t":
        for at in (1, 2):
            cut = [*lines[:at], line, *lines[at + 1 :]]
            assert not tables_delimited._group_over_leaves(cut, 0, separator, False)
