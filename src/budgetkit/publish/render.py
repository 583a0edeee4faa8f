"""How the site shows numbers and sources to a reader; pure functions the plugins call.

Euros are written the Dutch way (``€ 75.500.000``) in HTML only; CSV and JSON keep the
raw number. Source lines are shown with the quoted text marked, and every piece of
source or data text is HTML-escaped: a ``<script>`` in a title is shown, never run.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


def dutch_number(value: int | float) -> str:
    """75500000 -> '75.500.000'; 4262.6 -> '4.262,6' (dots group thousands, comma decimals)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return text.translate(str.maketrans(",.", ".,"))


def euros(value: int | float) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}€ {_money_number(abs(value))}"


def _money_number(value: int | float) -> str:
    """A sum in Dutch notation, its cents printed as money prints them: 1500000 ->
    '1.500.000', 22.5 -> '22,50', 0.0285 -> '0,0285' (a tariff keeps its digits)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.6f}".rstrip("0")
        whole, _, cents = text.partition(".")
        text = f"{whole}.{cents.ljust(2, '0')}"
        return text.translate(str.maketrans(",.", ".,"))
    return dutch_number(value)


@dataclass(frozen=True)
class Place:
    """A span of a source document a row points at, with the quote to mark if it has one."""

    label: str
    document_id: str
    line: int
    last_line: int
    column: int | None = None
    quote: str | None = None


def places(row: dict) -> list[Place]:
    """The source places a row of any table refers to (its line, its compared line, its span)."""
    document = row.get("document_id")
    if not document:
        return []
    found = []
    if row.get("line"):
        quote = row.get("quote")
        last = row["line"] + (quote.count("\n") if quote else 0)
        found.append(Place("In de bron", document, row["line"], last, row.get("column"), quote))
    elif row.get("line_start"):
        found.append(Place("In de bron", document, row["line_start"], row.get("line_end") or 0))
    if row.get("other_line"):
        other = row.get("other_document_id") or document
        found.append(Place("Vergeleken met", other, row["other_line"], row["other_line"]))
    return found


def marked_spans(place: Place, lines: dict[int, str]) -> dict[int, tuple[int, int]] | None:
    """Character span (start, end) to mark on each line, or None if the quote is not there.

    A quote that spans lines continues at the start of each following line, because it
    is the exact source text with its newlines.
    """
    if not place.quote or not place.column:
        return {}
    spans = {}
    for offset, part in enumerate(place.quote.split("\n")):
        number = place.line + offset
        start = place.column - 1 if offset == 0 else 0
        if lines.get(number, "")[start : start + len(part)] != part:
            return None
        spans[number] = (start, start + len(part))
    return spans


def line_html(text: str, span: tuple[int, int] | None) -> Markup:
    """One source line, escaped, with ``span`` wrapped in <mark>."""
    if not span:
        return escape(text)
    start, end = span
    return (
        escape(text[:start])
        + Markup("<mark>")
        + escape(text[start:end])
        + Markup("</mark>")
        + escape(text[end:])
    )


def money(value: int | float, currency: str | None = "EUR") -> str:
    """An amount in its own currency: '€ 1.000' for euros, 'USD 1.000' otherwise, so money
    in another currency is never shown as euros."""
    if not currency or currency == "EUR":
        return euros(value)
    sign = "-" if value < 0 else ""
    return f"{sign}{currency} {_money_number(abs(value))}"


#: Dutch words for large amounts, largest first: (factor, word).
SCALE_WORDS = ((1_000_000_000, "miljard"), (1_000_000, "miljoen"))


def euros_in_words(value: int | float, currency: str | None = "EUR") -> str:
    """16187537000 -> '€ 16,19 miljard'; 300000000 -> '€ 300 miljoen'; 75500 -> '€ 75.500'.

    What a reader says aloud, next to the full figure, so thousands cannot be misread
    as millions. Two decimals at most; the full figure stays beside it.
    """
    sign = "-" if value < 0 else ""
    size = abs(value)
    unit = "€" if not currency or currency == "EUR" else currency
    for factor, word in SCALE_WORDS:
        if size >= factor:
            return f"{sign}{unit} {dutch_number(round(size / factor, 2))} {word}"
    return money(value, currency)


def marked_sentence(sentence: str, marks: list[str]) -> Markup:
    """``sentence`` escaped, with every case-insensitive occurrence of each mark in <mark>.

    Marks are matched in the sentence as a reader sees it (quotes may span lines in the
    source; the sentence has white space folded, so a quote's newlines become spaces).
    """
    wanted = [" ".join(mark.split()) for mark in marks if mark and mark.strip()]
    lower = sentence.lower()
    spans: list[tuple[int, int]] = []
    for mark in wanted:
        start = lower.find(mark.lower())
        while start != -1:
            spans.append((start, start + len(mark)))
            start = lower.find(mark.lower(), start + len(mark))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out = Markup("")
    position = 0
    for start, end in merged:
        out += escape(sentence[position:start]) + Markup("<mark>")
        out += escape(sentence[start:end]) + Markup("</mark>")
        position = end
    return out + escape(sentence[position:])


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links: a ``javascript:`` URL in the metadata must not."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
