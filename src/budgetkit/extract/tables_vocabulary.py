"""The few words table reading cannot do without, kept as data.

Tables are found and read by their shape (headings, then rows of a label and values) and
their hierarchy by their sums. Words are used only where the shape is truly ambiguous:

- a heading over a column of codes or text is printed exactly like a heading over values,
  and a code cell ("7", "2") looks like a value: only its heading says it is not one;
- "waarvan" marks a row that is part of the row above without being one of its summands,
  which no sum can tell when the part is partial;
- "Totaal", "Subtotaal", "Stand ..." name a row that closes the rows above it, which decides
  between two hierarchies that add up equally well (a zero row, a single child), and ends
  the reach of a heading printed without values above it;
- "Lasten", "Begroting", "Mutatie", "Stand ..." head a budget table's columns: a table
  printed one cell per line reads the same column by column as its transpose row by row,
  and only what its labels are tells which it is.

Each list is matched case-insensitively against a whole heading or the start of a label.
"""

from __future__ import annotations

import re

#: Headings of a column of article or item codes, printed before the row label or between
#: it and the values: a municipality's programme number ("Progr." over "0" ... "9") is such a
#: code, a digit that reads as a value. "Taakveld" is not among them: it heads the labels
#: too, the names beside the codes ("Nr." / "Taakveld" over "0.1" / "Bestuur").
CODE_HEADINGS = (
    *("art.", "art", "art.nr.", "art. nr.", "artikel", "nr.", "nr", "code"),
    *("progr.", "prog."),
)
#: A heading of one word naming the budget articles a row falls under ("Begrotingsartikel",
#: "Beleidsartikelen", "Artikelen"): numbers that are no amounts. "Artikel" alone is a code
#: heading (``CODE_HEADINGS``); a heading of more words ("Uitgaven per artikel") heads values.
_ARTICLES = re.compile(r"(?!artikel$)[^\W\d_]*artikel(?:en|s)?", re.IGNORECASE)


def names_articles(heading: str) -> bool:
    """Whether a heading of one word names the budget articles its rows fall under
    (``_ARTICLES``), a column of article numbers, not of values."""
    return _ARTICLES.fullmatch(heading.strip()) is not None


#: A heading naming its column's codes by whose they are: a compound or a word before
#: "code" ("CBS-code", "Gemeentecode", "CBS code"), a register's numbers, never amounts. A
#: postcode is no register's: a part of an address, heading a column of places' numbers.
_NAMED_CODE = re.compile(r"(?!post)[^\W\d_]+(?:[- ]|\.-?)?code")

#: Words naming periods, of ``ROW_HEADINGS``: over rows ending on a year, they head those years.
PERIOD_HEADINGS = ("perioden", "periode", "jaar", "jaren")

#: Headings naming a place a statistics table lays out down the page ("Regio's",
#: "Gemeente"): words a caption may print as its own too ("Uitkering per Gemeente").
PLACE_HEADINGS = ("regio's", "regio", "gemeente", "gemeenten", "provincie", "provincies")

#: Headings naming what a table's rows are, its labels' own heading in the corner: the
#: dimension a statistics table lays out down the page ("Perioden", "Regio's") or the
#: labels' plain name ("Omschrijving"). Printed last of a heading block, after the columns'
#: headings (a statistics site's table view flattened a cell a line prints the rows'
#: dimension there), such a word still heads the labels, no column of values.
ROW_HEADINGS = (
    *PERIOD_HEADINGS,
    *PLACE_HEADINGS,
    *("onderwerp", "onderwerpen", "omschrijving"),
)

#: Headings naming a budget table's labels in its corner, besides ``ROW_HEADINGS``: what
#: each row is ("Regeling", "Onderdeel", "Instrument", "Maatregel"). Over the row labels,
#: such a word heads no column of values.
LABEL_HEADINGS = (
    *ROW_HEADINGS,
    *("regeling", "regelingen", "onderdeel", "onderdelen", "artikelonderdeel"),
    *("instrument", "instrumenten", "maatregel", "maatregelen"),
)

#: Headings of a column of norms a table of kengetallen prints after its values ("Norm",
#: "Signaleringswaarde"): bounds the values are held against, none of a row's own values.
#: A province's table, for which the law sets no norms, prints the column empty.
NORM_HEADINGS = (
    *("norm", "normen", "normwaarde", "signalering", "signaleringswaarde"),
    *("signaleringswaarden", "streefwaarde"),
)

#: Headings of a column of text that is not a value (a source, a reference, a remark, the
#: number of a footnote to the row).
TEXT_HEADINGS = (
    "bron",
    "vindplaats",
    "artikelnr.",
    "artikelnummer",
    "toelichting",
    "opmerking",
    "opmerkingen",
    "kamerstuk",
    "referentie",
    "ref.",  # the number of the note that explains a row ("Ref." / "1")
    "ref",
    "par.",  # the paragraph that explains a row ("Par." / "2.3"), a number with a point
    "par",
    "paragraaf",
    "toel.",
    "voetnoot",
    "voet-noot",
    "noot",
    "noten",
    "eenheid",  # the unit of each row, printed in a column of its own
    "v/n",  # voordeel of nadeel: a municipal budget's sign of a difference, "V" or "N"
    "n/v",
    "voordeel/nadeel",
)

#: The text columns' headings over the number of the note to a row ("Noot" / "1"), and
#: those closed by the word for its number (``NUMBERED_TEXT``: "Ref. nr.").
NOTE_HEADINGS = ("noot", "noten", "voetnoot", "voet-noot", "ref.", "ref", "referentie")


def names_note(text: str) -> bool:
    """Whether a heading names a column of notes' numbers (``NOTE_HEADINGS``, or a text
    column's heading closed by the word for its number: "Ref. nr.", "Toelichting nr.")."""
    key = " ".join(text.lower().split())
    return key in NOTE_HEADINGS or NUMBERED_TEXT.fullmatch(key) is not None


#: The pairs of marks a municipal budget prints after a row's figures, a pair a column:
#: which way a difference goes (voordelig or nadelig) and whether a mutation recurs
#: (incidenteel or structureel).
MARK_PAIRS = (("voordelig", "nadelig"), ("incidenteel", "structureel"))

#: Those marks by their initials, as rows print them ("V" / "N", "I" / "S").
MARK_INITIALS = tuple(frozenset(word[0].upper() for word in pair) for pair in MARK_PAIRS)

#: How a heading over a column of dates or years that are no values ends: a date
#: ("Vervaldatum", "Einddatum") or an evaluation's year ("Laatste evaluatie", "Volgende
#: evaluatie"), as a subsidy overview prints them after its year columns, or the year of
#: what a row records ("Jaar besluit", "Jaar van gereedkomen", "Startjaar", "Bouwjaar"), as
#: an overview of investment credits prints it before the amounts: a year the row names, no
#: period its figures are of. A heading naming what stands at a date ("Saldo per
#: balansdatum", "Stand op peildatum": a reserve's amount) heads values, and so does a
#: period's year ("Begrotingsjaar", "Vorig jaar", "Jaar 1", "Jaar totaal"); "Jaar" alone
#: heads a series' labels (``PERIOD_HEADINGS``).
DATE_HEADING = re.compile(
    r"^(?!.*\b(?:per|op|ultimo)\b)(?:.*(?:datum|evaluatie|openstelling|oplevering)"
    r"|jaar (?:van )?(?!totaal)[^\W\d_]{3,}.*"
    r"|(?:start|aanvangs|besluit|opleverings|gereed|eind|begin|bouw|aanschaf)jaar)$"
)
#: The words for a number that may close a text column's heading (``NUMBERED_TEXT``).
_NUMBER_WORDS = ("nr.", "nr", "nummer", "no.")
#: A text column's heading closed by the word for its number ("Ref. nr.", "Ref.nr.", "Noot
#: nr.", "Toelichting nummer"): the number of the note to the row, as "Ref." alone; "nr."
#: alone heads a code column (``CODE_HEADINGS``), before the label.
NUMBERED_TEXT = re.compile(
    rf"(?:{'|'.join(map(re.escape, TEXT_HEADINGS))}) ?(?:{'|'.join(map(re.escape, _NUMBER_WORDS))})"
)

#: What a text column's heading, lower-cased, ends in (``TEXT_HEADINGS``, ``DATE_HEADING``,
#: ``NUMBERED_TEXT``): a test of a line's end that spares most lines the search for their
#: last heading (a year's heading of two words, "Jaar besluit", ends in any word: read as a
#: heading of words).
TEXT_HEADING_ENDS = (
    *TEXT_HEADINGS,
    *("datum", "evaluatie", "openstelling", "oplevering", "jaar"),
    *_NUMBER_WORDS,
)

#: Group headings over the years of realised figures, and over the years of planned ones
#: printed after them ("Realisatie" / "Raming", "Rekening" / "Begroting").
REALISED_GROUPS = ("realisatie", "realisaties", "rekening")
PLANNED_GROUPS = (
    "raming",
    "ramingen",
    "begroting",
    "meerjarenraming",
    "meerjarencijfers",
    "prognose",
)
#: Words naming a budget's stage, realised or planned: a column of a period's figures opens
#: with one ("Realisatie 2022", "Begroting 2024", "Raming 2026").
STAGE_GROUPS = (*REALISED_GROUPS, *PLANNED_GROUPS)


def names_stage(head: str) -> bool:
    """Whether a heading names the stage of a budget's figures, a word of it ending in one of
    ``STAGE_GROUPS`` ("Rekening", "Vastgestelde begroting", "Ontwerpbegroting",
    "Meerjarenraming")."""
    return any(word.endswith(STAGE_GROUPS) for word in head.lower().split())


#: What a municipal budget's table sets side by side for each programme or taakveld, heading
#: its columns ("Lasten" / "Baten" / "Saldo").
AMOUNT_KINDS = ("lasten", "baten", "saldo")

#: Words naming a change a budget makes, which it makes to each year's figures ("Mutatie
#: 1e suppletoire begroting" over 2016 ... 2019): a group heading holding one names every
#: year under it in the singular too, where a stage ("Vastgestelde begroting") names one.
CHANGE_WORDS = ("mutatie", "wijziging", "bijstelling")


def heads_columns(label: str) -> bool:
    """Whether a label is one of the words that head a budget table's columns: what its
    amounts are (``AMOUNT_KINDS``), the stage of its figures (``names_stage``: "Realisatie",
    "Vastgestelde begroting"), a change made to them (``CHANGE_WORDS``: "Mutaties 1e
    suppletoire begroting") or the stand they reach (``STAND``). The rows a budget prints
    its figures in ("Verplichtingen", "Uitgaven", "Ontvangsten", a programme, an article)
    are none of them."""
    words = label.lower().split()
    return bool(words) and (
        words[0] in AMOUNT_KINDS
        or names_stage(label)
        or any(word.startswith(CHANGE_WORDS) for word in words)
        or STAND.match(label) is not None
    )


#: Words that head a column of their own, a value's or a text's ("Verschil", "Toelichting",
#: "Totaal", "Mutaties", "Saldo"), where the rows leave its cells out too: never a group
#: row's name.
COLUMN_WORDS = ("verschil", "toelichting", "totaal", "mutatie", "mutaties", "saldo")


def column_word(label: str) -> bool:
    """Whether a label opens with one of ``COLUMN_WORDS``: a heading over a column, however
    many of the rows print its cells, not a name of the rows under it."""
    words = label.lower().split()
    return bool(words) and words[0].rstrip(":") in COLUMN_WORDS


#: Words printed after a year that make it a column of that year and the later ones
#: ("2029 e.v.": en volgende).
PERIOD_SUFFIXES = ("e.v.", "e.v", "ev.", "ev")

#: Words a label's first part can end in when the label goes on below it ("Overige Hoge
#: Colleges van" / "Staat en Kabinetten"), in either flattening: the closed classes that
#: join a phrase to what follows and so cannot end one, in Dutch and in English (an
#: international body's name in a Dutch table, "Bijdrage aan het International Fund for" /
#: "Agricultural Development (IFAD)"): the articles, the prepositions and the coordinating
#: conjunctions. Left out are the words that also stand alone at a label's end: the article
#: "a" (an item's letter, "onderdeel a") and the particles that close a separable verb
#: ("af", "mee", "toe").
JOINING_WORDS = (
    # Dutch articles and coordinating conjunctions
    *("de", "het", "een", "en", "of", "maar", "want", "noch", "doch", "alsmede"),
    # Dutch prepositions
    *("aan", "achter", "bij", "binnen", "boven", "buiten", "door", "gedurende", "in"),
    *("ingevolge", "inzake", "jegens", "krachtens", "langs", "met", "na", "naar", "naast"),
    *("om", "omtrent", "onder", "op", "over", "per", "rond", "sinds", "te", "tegen", "tijdens"),
    *("tot", "tussen", "uit", "van", "vanaf", "vanuit", "via", "volgens", "voor", "wegens"),
    *("ten", "ter"),  # te + den, te + der: "ten behoeve van", "ter dekking van"
    *("zonder",),
    # English articles and coordinating conjunctions
    *("the", "an", "and", "or", "but", "nor"),
    # English prepositions
    *("about", "against", "at", "between", "by", "for", "from", "into", "on", "through", "to"),
    *("towards", "under", "with", "within", "without"),
)
#: A joining word ending a label's line ("Bijdrage aan", "... naar 2026 en"): no label ends
#: in one, so it goes on below (a line's text in lower case where its case may vary).
JOINING_END = re.compile(rf"\b(?:{'|'.join(JOINING_WORDS)})$")

#: How such a part is announced: "waarvan", "waaronder", or their abbreviations "w.v." and
#: "w.o." (a dot may be left out).
_PART_OF = r"(?:waarvan|waaronder)\b|w\.[ \xa0]?[vo]\b\.?"
#: A row that is part of the row above but not necessarily one of its summands; its item
#: code may open its label, a number ("4. Waarvan juridisch verplicht") or a letter with a
#: period ("D. waarvan incidentele baten en lasten", where rows are coded A, B, C=A+B, ...).
WAARVAN = re.compile(
    rf"^(?:(?:\d{{1,3}}[a-z]?\.?|[a-z]\.)\s+)?[-–‒−•]?\s*(?:{_PART_OF})", re.IGNORECASE
)


def is_share(label: str) -> bool:
    """Whether a row is a "waarvan" row (``WAARVAN``): a share of the row above it, counted
    in that row, not beside it, so no part the sums count."""
    return WAARVAN.match(label.strip()) is not None


#: A stand: the level a budget reaches, which the mutations printed under it change ("Stand
#: ontwerpbegroting", "Stand eerste suppletoire").
STAND = re.compile(r"stand\b", re.IGNORECASE)
#: The word of a total, or of a subtotal ("Totaal", "subtotalen").
TOTAL_WORD = r"(?:sub)?tota(?:al|len)"
#: A row that sums the rows printed above it: a total, a subtotal, a resulting stand
#: (``STAND``); the word may also close the label in brackets ("Beleidsgevoelig
#: (subtotaal)").
TOTAL = re.compile(rf"^{TOTAL_WORD}\b|^{STAND.pattern}|^.*\({TOTAL_WORD}\)$", re.IGNORECASE)

#: A row that closes the rows printed above it: a total, a balance ("Saldo ...", "Per saldo"
#: under a total and what covers it), which may also be a line item of its own ("Saldo 2020
#: experimenteren ..."), or a result ("Geraamd resultaat", "Begrotingsresultaat": the
#: balance after the reserves' mutations).
CLOSING = re.compile(
    TOTAL.pattern + r"|^(?:per\s+)?saldo\b|^(?:[^\W\d_]+\s+)?[^\W\d_]*resultaat\b", re.IGNORECASE
)

#: A field a letter prints in its margin on every page, its value on the line under it
#: ("Datum" / "12 februari 2026", "Onze referentie" / "2026-0000087412"): page furniture.
LETTER_FIELD = re.compile(
    r"datum|(?:onze|uw) (?:referentie|kenmerk|brief(?: van)?)|ons kenmerk|kenmerk|referentie"
    r"|bijlagen?|contactpersoon|doorkiesnummer",
    re.IGNORECASE,
)

#: A balance of the rows above ("Saldo van baten en lasten", "Saldo"): never one of the
#: items of a heading printed above them (unlike a line item "Saldo 2020 experimenteren").
#: So is the amount by which one row exceeds or falls short of another, an over- or
#: onderschrijding of the spending under its ceiling, the two signs named in either order
#: ("Overschrijding", "Onder- / overschrijding"): the spending is the ceiling plus it,
#: which adds up as a sum would, but it is their difference and no part. The label is the
#: word alone, but for the signs in brackets ("Over- (+) / onderschrijding (-)",
#: "Over/onderschrijding", "Overschrijdingen"): a word after it names what exceeds
#: ("Overschrijding zorg"), a part of a heading's as any line item. The saldo may follow
#: the stage of a budget's cycle it is of ("Gerealiseerd saldo van baten en lasten",
#: "Geraamd saldo"), as a result does (``CLOSING``): still the balance, no item. The stages
#: are a closed list, and after one only "van baten en lasten" or nothing: any other
#: participle names what was done with an amount ("Verrekend saldo van voorgaande jaren",
#: "Gestort saldo van de rekening-courant", "Gemiddeld saldo"), a line item as any other.
_EXCEEDS = r"(?:onder|over)schrijding(?:en)?(?:\s*\([^()]*\))?"
_STAGE = r"(?:gerealiseerd|geraamd|begroot|verwacht|geprognosticeerd)"
BALANCE = re.compile(
    r"^saldo(?:\s+(?:van|baten|lasten)\b|\s*$)"
    rf"|^{_STAGE}\s+saldo(?:\s+van\s+baten\s+en\s+lasten)?\s*$"
    rf"|^(?:(?:onder|over)-?(?:\s*\([^()]*\))?\s*/\s*)?{_EXCEEDS}(?:\s*/\s*{_EXCEEDS})?\s*$",
    re.IGNORECASE,
)

#: The kinds of general cover a municipality's or province's overview of algemene
#: dekkingsmiddelen prints (BBV art. 8: lokale heffingen, algemene uitkeringen, dividend,
#: the saldo of the financing function, overige algemene dekkingsmiddelen), each a row or a
#: heading over its own rows, none a part of another: its name opening a label (a code
#: before it set aside), one group per kind.
COVER_KINDS = re.compile(
    r"^(?:(?P<heffingen>lokale (?:heffingen|belastingen))"
    r"|(?P<uitkering>algemene uitkering(?:en)?)"
    r"|(?P<dividend>dividend(?:en)?)"
    r"|(?P<financiering>saldo (?:van (?:de )?)?financieringsfunctie)"
    r"|(?P<overige>overige algemene dekkingsmiddelen))\b",
    re.IGNORECASE,
)

#: The whole that a table's groups part, named as all of its members ("Alle huishoudens"
#: after the households by income and by source of income): no member of the last group
#: printed above it. One word after "Alle", not "overige" ("Alle overige uitgaven" is an
#: item of its own), a remark in brackets after it saying how the whole is measured
#: ("Alle huishoudens (mediaan)") as a label may add to any name.
WHOLE = re.compile(r"^alle\s+(?!overige\b)[^\W\d_]+(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)

#: A label that only announces the "waarvan" rows under it (no values of its own).
WAARVAN_ONLY = re.compile(rf"^\s*(?:{_PART_OF})\s*:?\s*$", re.IGNORECASE)


def is_code_heading(text: str) -> bool:
    """Whether ``text`` heads a code column (``heading_kind`` "code"): the one test a
    search for a code column's heading among a table's lines needs, without the text
    column's patterns ``heading_kind`` tries next on every other line."""
    return _codes(" ".join(text.lower().split()))


def _codes(key: str) -> bool:
    """Whether a heading in lower case, its spaces single (``key``), heads a code column."""
    return key in CODE_HEADINGS or _NAMED_CODE.fullmatch(key) is not None


def heading_kind(text: str) -> str | None:
    """'code' or 'text' for a heading over a column that holds no values, else None."""
    key = " ".join(text.lower().split())
    if _codes(key):
        return "code"
    if key in TEXT_HEADINGS or NUMBERED_TEXT.fullmatch(key) or DATE_HEADING.search(key):
        return "text"
    return None


def text_heading_ending(text: str) -> str | None:
    """The heading of a text column (``heading_kind`` "text") that ends a line of words
    after other words: its last word ("Verschil Ref."), or its last two where the last is
    the word for the note's number ("Verschil Ref. nr.", ``NUMBERED_TEXT``: "nr." alone
    heads a code column); None where the line ends in none."""
    words = text.split()
    pair = " ".join(words[-2:])
    if len(words) > 2 and words[-1].lower() in _NUMBER_WORDS and heading_kind(pair) == "text":
        return pair
    return words[-1] if len(words) > 1 and heading_kind(words[-1]) == "text" else None


#: Fewest rows a corner's word naming what the rows are must name (``names_kind_of_rows``).
MIN_KIND_ROWS = 2


def names_kind_of_rows(word: str, labels: list[str]) -> bool:
    """Whether ``word``, a table's corner over its row labels, names the kind of item the
    rows are, as the ``labels`` (its valued rows') say: one capitalised word that most of
    them, ``MIN_KIND_ROWS`` at least, print as a word of theirs ("Reserve" over "Reserve
    <a>" / "Reserve <b>" / "Algemene reserve" / "Saldo"). Such a corner heads the labels
    as "Omschrijving" does (``LABEL_HEADINGS``); a word the rows do not repeat ("Project"
    over "<Werk> <plaats>") may as well be a title or a note's."""
    if not word.isalpha() or not word[:1].isupper():
        return False
    word = word.lower()
    named = sum(1 for label in labels if word in label.lower().split())
    return named >= MIN_KIND_ROWS and 2 * named > len(labels)
