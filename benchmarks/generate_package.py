"""Generate a large budgetkit project whose data errors are known in advance.

Benchmarks need a package far larger than the five real documents, yet one a validator can
check all the way down: every amount points at a line and column of a generated source text
where its quote really stands, every quote parses back to its ``amount_eur``, and
``documents.csv`` carries the real sha256 of each text. Onto that clean package the
generator injects a fixed number of errors of each kind and writes ``manifest.json``
listing them (kind, resource, field, CSV row number, key), so a benchmark can compare what
each validator reports with the truth instead of with itself.

The output is a normal project folder (sources/, schemas/, checks/, datapackage/) that
``budgetkit validate -C`` and ``frictionless validate`` read like the real one. Output is
deterministic for a given seed and size.

Usage: python benchmarks/generate_package.py OUT_DIR [--amounts 1000000] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from budgetkit.extract.money_quotes import parse_quote
from budgetkit.extract.package import descriptor, render_csv
from budgetkit.extract.pipeline import document_row
from budgetkit.extract.references import dossier_code
from budgetkit.project import Project
from budgetkit.schemas import RESOURCES, field_names, load_schema

REPO = Path(__file__).resolve().parents[1]

#: Shape of a generated document, close to the real ones (see README.md for the counts).
AMOUNTS_PER_DOCUMENT = 110
AMOUNTS_PER_MEASURE = (1, 5)
MEASURES_PER_SUBSECTION = (1, 3)
SUBSECTIONS_PER_CHAPTER = (3, 6)
TEXT_SECTIONS_PER_MEASURE = (0, 3)  # headings over prose without amounts
REFERENCE_RATE = 0.2  # references per amount
TABLE_RATE = 0.07  # tables per sub-section
TABLE_ROWS = (6, 22)
FILLER_RATE = 0.6  # prose lines without an amount, per amount

Row = dict[str, Any]

MINISTRIES = {
    "VWS": "Volksgezondheid, Welzijn en Sport",
    "BZK": "Binnenlandse Zaken en Koninkrijksrelaties",
    "SZW": "Sociale Zaken en Werkgelegenheid",
    "OCW": "Onderwijs, Cultuur en Wetenschap",
    "EZK": "Economische Zaken en Klimaat",
    "JenV": "Justitie en Veiligheid",
    "LNV": "Landbouw, Natuur en Voedselkwaliteit",
    "IenW": "Infrastructuur en Waterstaat",
    "FIN": "Financiën",
    "Def": "Defensie",
}
KINDS = {
    "memo": "RegioPlus",
    "analysis": "Platform31",
    "members_letter": "VNG",
    "budget_chapter": "Ministerie van {ministry}",
    "parliamentary_letter": "Minister van {ministry}",
}
TOPICS = [
    "jeugdzorg", "de Wmo 2015", "mantelzorgondersteuning", "preventie", "de ggz",
    "huisvesting van ouderen", "schuldhulpverlening", "de arbeidsmarkt in zorg en welzijn",
    "digitale zorg", "de Regio Deals", "het gemeentefonds", "de energietransitie",
    "woningbouw", "dak- en thuislozen", "inburgering", "kinderopvang", "de participatiewet",
    "laaggeletterdheid", "sport en bewegen", "verduurzaming van maatschappelijk vastgoed",
    "de Wlz", "e-health thuis", "zorginfrastructuur", "eenzaamheid onder ouderen",
    "het onderwijsachterstandenbeleid", "armoedebestrijding", "ondermijning", "de stikstofaanpak",
]  # fmt: skip
ASPECTS = [
    "extra middelen voor", "een impuls voor", "de regionale aanpak van", "een pilot rond",
    "uitvoeringskosten van", "de transformatie van", "compensatie voor", "innovatie in",
    "het stimuleringsbudget voor", "een landelijk programma voor", "de inkoop van",
    "kwaliteitsverbetering van", "bestuurlijke afspraken over", "een kennisprogramma voor",
]  # fmt: skip
REGIONS = [
    "Zeeland", "Groningen", "Limburg", "Friesland", "Drenthe", "Twente", "de Achterhoek",
    "Rotterdam-Zuid", "Amsterdam", "Utrecht", "Den Haag", "Eindhoven", "Caribisch Nederland",
    "de Peel", "Noord-Holland Noord", "West-Brabant", "Zuid-Limburg", "Flevoland",
    "de Veenkoloniën", "Parkstad", "de Zaanstreek", "Midden-Holland", "Rivierenland",
    "de Kop van Noord-Holland", "Oost-Groningen", "Noordoost-Friesland", "de Liemers",
    "het Gooi", "Zuid-Holland Zuid", "Hart van Brabant",
]  # fmt: skip
FILLER = [
    "Het kabinet zet daarmee de lijn van de afgelopen jaren voort.",
    "Gemeenten worden hierover in het najaar nader geïnformeerd.",
    "De uitwerking volgt in overleg met de koepels en de betrokken ministeries.",
    "Dit sluit aan bij de afspraken uit het coalitieakkoord.",
    "De middelen worden via een decentralisatie-uitkering aan gemeenten verstrekt.",
    "Over de verdeling van de middelen is nog geen besluit genomen.",
    "De VNG blijft aandringen op structurele financiering in plaats van incidentele impulsen.",
    "Een evaluatie van de regeling is voorzien in het tweede kwartaal.",
]
QUALIFIERS = ["ruim", "bijna", "circa", "ongeveer", "maximaal", "oplopend tot"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]

#: Injected error kinds: what each breaks, and which validator layer should see it.
ERROR_KINDS = {
    "type_error": "amounts.year_to holds a non-integer ('2022*', '2021/22')",
    "constraint_enum": "amounts.basis or amounts.ministry outside its enum",
    "constraint_pattern": "documents.published not an ISO date ('6 juli 2023')",
    "constraint_range": "amounts.year_from below its minimum of 1990 ('202')",
    "required_missing": "amounts.role empty",
    "duplicate_pk": "amounts.amount_id equal to the previous row's",
    "broken_fk": "amounts.measure_id or amounts.section_id naming no row",
    "quote_not_at_line": "amounts.line one off, so the quote is not at its line",
    "value_not_parsing_back": "amounts.amount_eur ten times what its quote says (lost comma)",
}
STRUCTURAL_KINDS = [
    "type_error",
    "constraint_enum",
    "constraint_pattern",
    "constraint_range",
    "required_missing",
    "duplicate_pk",
    "broken_fk",
]


def dutch_number(value: int, decimals: int = 0) -> str:
    """``value / 10**decimals`` printed the Dutch way: 4262.6 -> "4.262,6"."""
    whole, frac = divmod(value, 10**decimals)
    text = f"{whole:,}".replace(",", ".")
    if decimals and frac:
        text += "," + f"{frac:0{decimals}d}".rstrip("0")
    return text


def money(rng: random.Random) -> tuple[str, int, int | None, str]:
    """A quote as the documents print it, with its euros, upper bound and scale.

    The forms are the ones in the real sources: "€ 75,5 mln.", "€ 1,15 mld.",
    "75 miljoen euro", "€ 80.100.000", "€ 500,-", "€ 0,9 à € 1 mld.", with a
    non-breaking space now and then.
    """
    r = rng.random()
    sp = "\xa0" if rng.random() < 0.05 else " "
    if r < 0.55:  # millions with one decimal, 0,1 to 9.999,9
        tenths = int(10 ** rng.uniform(0, 5))
        unit = rng.choice(["mln.", "mln.", "miljoen", "mln"])
        return f"€{sp}{dutch_number(tenths, 1)}{sp}{unit}", tenths * 100_000, None, "mln"
    if r < 0.70:  # Platform31 style: "N miljoen euro", never a euro sign
        whole = int(10 ** rng.uniform(0, 3.5))
        return f"{dutch_number(whole)} miljoen euro", whole * 1_000_000, None, "mln"
    if r < 0.80:  # billions with two decimals
        hundredths = int(10 ** rng.uniform(1, 4))
        unit = rng.choice(["mld.", "miljard"])
        text = f"€{sp}{dutch_number(hundredths, 2)}{sp}{unit}"
        return text, hundredths * 10_000_000, None, "mld"
    if r < 0.90:  # whole euros with thousands dots: "€ 80.100.000"
        euros = int(10 ** rng.uniform(4, 8)) // 100 * 100
        return f"€ {dutch_number(euros)}", euros, None, "units"
    if r < 0.94:  # "€ 500,-"
        euros = rng.choice([250, 500, 750, 1000, 1500])
        return f"€ {dutch_number(euros)},-", euros, None, "units"
    if r < 0.97:  # thousands
        thousands = rng.randint(10, 999)
        return f"€ {thousands} duizend", thousands * 1_000, None, "duizend"
    low = rng.randint(1, 9)  # a range in billions: "€ 0,9 à € 1 mld."
    return f"€ 0,{low} à € 1 mld.", low * 100_000_000, 1_000_000_000, "mld"


@dataclass
class Document:
    """One generated source text and the rows that point into it."""

    id: str
    meta: dict[str, Any]
    lines: list[str] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, line: str) -> int:
        self.lines.append(line)
        return len(self.lines)

    def row(self, resource: str, row: Row) -> Row:
        self.rows.setdefault(resource, []).append(row)
        return row


class DocumentWriter:
    """Writes one document: chapters per ministry, sub-sections, measures, tables, references."""

    def __init__(self, doc: Document, rng: random.Random, amounts: int) -> None:
        self.doc, self.rng, self.left = doc, rng, amounts
        self.year = doc.meta["budget_year"]
        self.table_number = 0

    def write(self) -> None:
        doc = self.doc
        doc.add(doc.meta["title"])
        doc.add("")
        ministries = list(MINISTRIES)
        if doc.meta.get("ministry"):
            ministries = [doc.meta["ministry"]]
        chapter = 0
        while self.left > 0:
            chapter += 1
            ministry = ministries[(chapter - 1) % len(ministries)]
            self.chapter(chapter, ministry)
        doc.add("")
        self.close_sections()

    def heading(self, number: str, text: str, level: int, parent: Row | None, ministry: str) -> Row:
        line = self.doc.add(f"{number} {text}")
        self.doc.add("")
        return self.doc.row(
            "sections",
            {
                "section_id": f"{self.doc.id}:{line}",
                "document_id": self.doc.id,
                "parent_section_id": parent["section_id"] if parent else None,
                "level": level,
                "number": number,
                "heading": text,
                "line_start": line,
                "line_end": None,
                "ministry": ministry,
            },
        )

    def chapter(self, number: int, ministry: str) -> None:
        rng = self.rng
        top = self.heading(str(number), f"Ministerie van {MINISTRIES[ministry]}", 1, None, ministry)
        for sub in range(1, rng.randint(*SUBSECTIONS_PER_CHAPTER) + 1):
            if self.left <= 0:
                return
            topic = rng.choice(TOPICS)
            section = self.heading(f"{number}.{sub}", topic.capitalize(), 2, top, ministry)
            self.amount_line(section, None, context=True)
            third = 0  # level-3 headings so far in this sub-section
            for _ in range(rng.randint(*MEASURES_PER_SUBSECTION)):
                if self.left <= 0:
                    break
                third += 1
                title = rng.choice(TOPICS).capitalize()
                self.measure(self.heading(f"{number}.{sub}.{third}", title, 3, section, ministry))
                for _ in range(rng.randint(*TEXT_SECTIONS_PER_MEASURE)):
                    third += 1
                    title = f"Toelichting {rng.choice(TOPICS)}"
                    self.heading(f"{number}.{sub}.{third}", title, 3, section, ministry)
                    for _ in range(rng.randint(1, 3)):
                        self.doc.add(rng.choice(FILLER))
                    self.doc.add("")
            if rng.random() < TABLE_RATE:
                self.table(section, topic)

    def measure(self, section: Row) -> None:
        rng, doc = self.rng, self.doc
        # Real measure titles are specific ("Regio Deal Zeeland", "Inzet transitiemiddelen
        # scheiden wonen en zorg"), so a title is a topic, an aspect and a place.
        topic = f"{rng.choice(ASPECTS)} {rng.choice(TOPICS)} in {rng.choice(REGIONS)}"
        kind = rng.choice(["heading", "bullet", "paragraph", "block"])
        title = topic[0].upper() + topic[1:]
        start = doc.add(f" • {title}" if kind == "bullet" else title)
        measure = doc.row(
            "measures",
            {
                "measure_id": f"{doc.id}:m{start}",
                "document_id": doc.id,
                "ministry": section["ministry"],
                "section_id": section["section_id"],
                "title": title,
                "line_start": start,
                "line_end": None,
                "kind": kind,
                "curated": rng.random() < 0.05,
            },
        )
        for index in range(rng.randint(*AMOUNTS_PER_MEASURE)):
            if self.left <= 0:
                break
            self.amount_line(section, measure, context=False, part=index > 0)
        measure["line_end"] = len(doc.lines)
        doc.add("")

    def amount_line(
        self, section: Row, measure: Row | None, context: bool, part: bool = False
    ) -> None:
        """One sentence with one amount; sometimes the amount's unit wraps to the next line."""
        rng, doc = self.rng, self.doc
        self.left -= 1
        quote, eur, eur_max, scale = money(rng)
        qualifier = rng.choice(QUALIFIERS) if rng.random() < 0.2 else None
        topic = rng.choice(TOPICS)
        y = self.year + rng.randint(-1, 3)
        q = f"{qualifier} {{q}}" if qualifier else "{q}"
        if context:
            basis, years = "unknown", (None, None)
            head, tail = f"Het budget voor {topic} bedraagt in de basis {q}", "."
        elif part:
            basis, years = "per_year", (y, y)
            head, tail = f"Hiervan is in {y} {q}", f" bestemd voor {topic}."
        else:
            basis, years, head, tail = rng.choice(
                [
                    ("per_year", (y, y), f"In {y} is {q}", f" beschikbaar voor {topic}."),
                    ("structural_from_year", (y, None), f"Vanaf {y} komt structureel {q}",
                     f" extra beschikbaar voor {topic}."),
                    ("total_over_period", (y, y + 3), f"Voor de periode {y}-{y + 3} wordt {q}",
                     f" uitgetrokken voor {topic}."),
                    ("incidental", (None, None), f"Het kabinet stelt eenmalig {q}",
                     f" beschikbaar voor {topic}."),
                    ("cumulative", (None, y + 2), f"Tot en met {y + 2} gaat cumulatief {q}",
                     f" naar {topic}."),
                ]
            )  # fmt: skip
        prefix, _, suffix = head.partition("{q}")
        prefix = "Daarnaast geldt: " + prefix if rng.random() < 0.1 else prefix
        if " " in quote.replace("\xa0", " ") and rng.random() < 0.03:
            # The unit wraps: "... € 32,8" / "mln. extra beschikbaar ..."
            cut = max(quote.rfind(" "), quote.rfind("\xa0"))
            stored = quote[:cut] + "\n" + quote[cut + 1 :]
            line = doc.add(prefix + quote[:cut])
            last = quote[cut + 1 :] + suffix + tail
            end = (doc.add(last), len(last))
        else:
            stored = quote
            line = doc.add(prefix + quote + suffix + tail)
            end = (line, len(prefix + quote + suffix + tail))
        if rng.random() < FILLER_RATE:
            doc.add(rng.choice(FILLER))
        role = "context" if context else "part" if part else "measure"
        if basis == "total_over_period" and not part:
            role = "total"
        doc.row(
            "amounts",
            {
                "amount_id": f"{doc.id}:{line}:{len(prefix) + 1}",
                "document_id": doc.id,
                "line": line,
                "column": len(prefix) + 1,
                "quote": stored,
                "amount_eur": eur,
                "amount_eur_max": eur_max,
                "currency": "EUR",
                "scale": scale,
                "qualifier": qualifier,
                "year_from": years[0],
                "year_to": years[1],
                "basis": basis,
                "role": role,
                "ministry": section["ministry"],
                "section_id": section["section_id"],
                "measure_id": measure["measure_id"] if measure else None,
                "sentence": " ".join((prefix + quote + suffix + tail).split()),
                "sentence_line_start": line,
                "sentence_column_start": 1,
                "sentence_line_end": end[0],
                "sentence_column_end": end[1],
            },
        )
        if rng.random() < REFERENCE_RATE:
            self.reference()

    def reference(self) -> None:
        rng, doc = self.rng, self.doc
        dossier = rng.choice(["29 282", "36 200 XVI", "35 570 VII", "29 538", "31 839", "34 477"])
        number = str(rng.randint(1, 700))
        quote = f"Kamerstuk {dossier}, nr. {number}"
        kind, before = rng.choice(
            [
                ("kamerstuk", "Zie hiervoor de brief van het kabinet ("),
                ("motie", "Hiermee wordt uitvoering gegeven aan de motie van het lid Bevers ("),
                ("toezegging", "Daarmee doe ik de toezegging af u hierover te informeren ("),
                ("amendement", "Het amendement van het lid Tielen ("),
            ]
        )
        line = doc.add(before + quote + ").")
        doc.row(
            "references",
            {
                "reference_id": f"{doc.id}:{line}:{len(before) + 1}",
                "document_id": doc.id,
                "line": line,
                "column": len(before) + 1,
                "kind": kind,
                "quote": quote,
                "dossier": dossier_code(dossier),
                "number": number,
                "context": before + quote + ").",
            },
        )

    def table(self, section: Row, topic: str) -> None:
        """A table flattened one cell per line, whose child rows add up to their parent."""
        rng, doc = self.rng, self.doc
        self.table_number += 1
        table_id = f"{doc.id}:t{self.table_number}"
        caption = f"Tabel {self.table_number} Budgettaire gevolgen van beleid {topic}"
        scale_text = "x € 1.000"
        start = doc.add(f"{caption} (bedragen {scale_text})")
        years = [str(self.year - 1 + i) for i in range(5)]
        columns = [*years, "Totaal"]
        for label in columns:
            doc.add(label)
        size = rng.randint(*TABLE_ROWS) - 1
        children = [[rng.randint(1_000, 2_000_000) for _ in years] for _ in range(size)]
        parent = [sum(values) for values in zip(*children, strict=True)]
        rows = [("Uitgaven", parent, None, 1)] + [
            (rng.choice(TOPICS).capitalize(), values, "r01", 2) for values in children
        ]
        cells = doc.rows.setdefault("table_cells", [])
        for order, (label, values, parent_id, level) in enumerate(rows, start=1):
            label_line = doc.add(label)
            for position, (column, value) in enumerate(
                zip(columns, [*values, sum(values)], strict=True), start=1
            ):
                text = dutch_number(value)
                cells.append(
                    {
                        "table_id": table_id,
                        "row_id": f"r{order:02d}",
                        "row_order": order,
                        "row_label": label,
                        "parent_row_id": parent_id,
                        "level": level,
                        "column_label": column,
                        "year": int(column) if column.isdigit() else None,
                        "value": value,
                        "value_text": text,
                        "line": doc.add(text),
                        "row_line": label_line,
                        "row_group": None,
                        "adds_up": True if parent_id else None,
                        "column_order": position,
                        "unit": "EUR",
                        "scale_factor": 1000,
                        "column": 1,
                    }
                )
        doc.row(
            "tables",
            {
                "table_id": table_id,
                "document_id": doc.id,
                "number": str(self.table_number),
                "title": caption,
                "line_start": start,
                "line_end": len(doc.lines),
                "unit": "EUR",
                "scale_factor": 1000,
                "scale_text": scale_text,
                "scale_line": start,
                "ministry": section["ministry"],
                "layout": "cell_per_line",
                "hierarchy": "sums",
                "row_count": len(rows),
                "column_count": len(columns),
            },
        )
        doc.add("")

    def close_sections(self) -> None:
        """A section ends before the next heading of the same or a higher level."""
        sections = self.doc.rows.get("sections", [])
        last = len(self.doc.lines)
        for i, section in enumerate(sections):
            end = last
            for later in sections[i + 1 :]:
                if later["level"] <= section["level"]:
                    end = later["line_start"] - 1
                    break
            section["line_end"] = end


def document_meta(index: int, rng: random.Random) -> dict[str, Any]:
    kind = list(KINDS)[index % len(KINDS)]
    year = 2019 + index % 6
    ministry = (
        rng.choice(list(MINISTRIES)) if kind in ("budget_chapter", "parliamentary_letter") else None
    )
    publisher = KINDS[kind].format(ministry=MINISTRIES.get(ministry or "", ""))
    doc_id = f"bench-{index:06d}-{kind.replace('_', '-')}-{year}"
    return {
        "id": doc_id,
        "file": f"{doc_id}.txt",
        "title": f"{publisher}: Rijksbegroting {year}, document {index}",
        "publisher": publisher,
        "kind": kind,
        "published": f"{year - 1}-09" if index % 2 else f"{year - 1}-09-{15 + index % 10}",
        "budget_year": year,
        "ministry": ministry,
        "license": "Generated for benchmarks; no rights reserved",
        "url": f"https://example.org/budget/{doc_id}" if index % 3 == 0 else None,
    }


def as_source(doc: Document, text: bytes) -> SimpleNamespace:
    """What the extractor's writers read of a source document (``pipeline.document_row``,
    ``package.descriptor``), for a generated text: its row in documents.csv is then the one
    the extractor would write for it."""
    return SimpleNamespace(
        id=doc.id,
        meta=doc.meta,
        source_path=f"sources/{doc.meta['file']}",
        sha256=hashlib.sha256(text).hexdigest(),
        # As an editor counts (SourceDocument.line_count): a final newline adds no line.
        line_count=text.count(b"\n") + (0 if text.endswith(b"\n") else 1),
    )


def _sources_yml(docs: list[Document]) -> str:
    entries = []
    for doc in docs:
        meta = {k: v for k, v in doc.meta.items() if v is not None}
        entries.append({**meta, "published": meta["published"]})
    return json.dumps({"documents": entries}, ensure_ascii=False, indent=1) + "\n"  # JSON is YAML


class Injector:
    """Breaks chosen rows one way each and records what it did, for the manifest."""

    def __init__(self, rows: dict[str, list[Row]], docs: dict[str, Document], rng: random.Random):
        self.rows, self.docs, self.rng = rows, docs, rng
        self.injected: dict[str, dict[str, Any]] = {}

    def record(self, kind: str, resource: str, index: int, field: str, value: Any) -> None:
        row = self.rows[resource][index]
        key_field = load_schema(REPO / "schemas", resource)["primaryKey"][0]
        entry = self.injected.setdefault(
            kind, {"description": ERROR_KINDS[kind], "count": 0, "rows": []}
        )
        entry["count"] += 1
        entry["rows"].append(
            {"resource": resource, "row": index + 2, "key": row[key_field], "field": field}
        )
        row[field] = value

    def inject(self, per_kind: int) -> None:
        amounts = self.rows["amounts"]
        amount_kinds = [k for k in ERROR_KINDS if k != "constraint_pattern"]
        # Even indices only: no two broken rows are neighbours, so a duplicated id is
        # always copied from a clean row and every broken row has exactly one error.
        pool = range(2, len(amounts), 2)
        wanted = min(per_kind * len(amount_kinds), len(pool))
        picks = sorted(self.rng.sample(pool, wanted))
        self.rng.shuffle(picks)
        for n, kind in enumerate(amount_kinds):
            for index in sorted(picks[n :: len(amount_kinds)]):
                getattr(self, kind)(index)
        documents = self.rows["documents"]
        count = min(per_kind, max(1, len(documents) // 4))
        for index in sorted(self.rng.sample(range(len(documents)), count)):
            year = documents[index]["budget_year"] - 1
            wrong = f"{1 + index % 28} {MONTHS[index % len(MONTHS)]} {year}"
            self.record("constraint_pattern", "documents", index, "published", wrong)

    def type_error(self, i: int) -> None:
        year = self.rows["amounts"][i]["year_to"] or 2021
        self.record("type_error", "amounts", i, "year_to", self.rng.choice([f"{year}*", "2021/22"]))

    def constraint_enum(self, i: int) -> None:
        if self.rng.random() < 0.5:
            self.record("constraint_enum", "amounts", i, "basis", "per_jaar")
        else:
            self.record("constraint_enum", "amounts", i, "ministry", "VenJ")

    def constraint_range(self, i: int) -> None:
        self.record("constraint_range", "amounts", i, "year_from", "202")

    def required_missing(self, i: int) -> None:
        self.record("required_missing", "amounts", i, "role", None)

    def duplicate_pk(self, i: int) -> None:
        self.record(
            "duplicate_pk", "amounts", i, "amount_id", self.rows["amounts"][i - 1]["amount_id"]
        )

    def broken_fk(self, i: int) -> None:
        row = self.rows["amounts"][i]
        if self.rng.random() < 0.5:
            self.record("broken_fk", "amounts", i, "measure_id", f"{row['document_id']}:m0")
        else:
            self.record("broken_fk", "amounts", i, "section_id", f"{row['document_id']}:0")

    def quote_not_at_line(self, i: int) -> None:
        row = self.rows["amounts"][i]
        lines = self.docs[row["document_id"]].lines
        line = row["line"] + 1
        there = lines[line - 1][row["column"] - 1 :]
        assert not there.startswith(row["quote"].split("\n")[0]), row
        self.record("quote_not_at_line", "amounts", i, "line", line)

    def value_not_parsing_back(self, i: int) -> None:
        row = self.rows["amounts"][i]
        self.record("value_not_parsing_back", "amounts", i, "amount_eur", row["amount_eur"] * 10)


def _check_required(project: Project, rows: dict[str, list[Row]]) -> None:
    """Fail loudly when the schemas gained a required column this generator does not fill."""
    for name, resource_rows in rows.items():
        schema = load_schema(project.schemas, name)
        required = [f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")]
        sample = resource_rows[:1000]
        missing = sorted({f for row in sample for f in required if row.get(f) is None})
        if missing:
            raise SystemExit(f"generator out of date: {name} lacks required {', '.join(missing)}")


def schemas_digest() -> str:
    """Hash of the project's schemas/, so a cached package is regenerated when they change."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "schemas").glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def copy_checks(out: Path) -> list[str]:
    """The real project's rules (suites, tolerances); links name real amounts, so not those."""
    copied = []
    source = REPO / "checks"
    shutil.rmtree(out / "checks", ignore_errors=True)
    (out / "checks").mkdir()
    for path in sorted(source.rglob("*")) if source.exists() else []:
        if path.is_file() and "link" not in path.name:
            target = out / "checks" / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            copied.append(path.relative_to(source).as_posix())
    return copied


def generate(
    out: Path, amounts: int = 1_000_000, seed: int = 1, errors_per_kind: int | None = None
) -> dict[str, Any]:
    """Write a project with ``amounts`` amount rows into ``out`` (replaced); return the manifest.

    ``errors_per_kind`` defaults to 0.2% of the amounts (2,000 at a million); 0 gives a
    clean package.
    """
    started = time.perf_counter()
    if errors_per_kind is None:
        errors_per_kind = max(1, amounts // 500)
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    project = Project(out)
    project.sources.mkdir(parents=True)
    (project.datapackage / "data").mkdir(parents=True)
    shutil.copytree(REPO / "schemas", project.schemas)
    checks = copy_checks(out)

    n_docs = max(1, -(-amounts // AMOUNTS_PER_DOCUMENT))
    docs: list[Document] = []
    sources: list[SimpleNamespace] = []
    rows: dict[str, list[Row]] = {name: [] for name in RESOURCES}
    source_bytes = 0
    for index in range(n_docs):
        meta = document_meta(index, rng)
        doc = Document(meta["id"], meta)
        quota = amounts // n_docs + (1 if index < amounts % n_docs else 0)
        DocumentWriter(doc, rng, quota).write()
        text = "\n".join(doc.lines).encode("utf-8")
        (project.sources / meta["file"]).write_bytes(text)
        source_bytes += len(text)
        sources.append(as_source(doc, text))
        rows["documents"].append(document_row(sources[-1]))
        for name, resource_rows in doc.rows.items():
            rows[name].extend(resource_rows)
        docs.append(doc)
    project.sources_yml.write_text(_sources_yml(docs), encoding="utf-8")

    mismatches = [
        row["amount_id"]
        for row in rows["amounts"]
        if parse_quote(row["quote"], row["scale"]) != (row["amount_eur"], row["amount_eur_max"])
    ]
    if mismatches:
        raise SystemExit(
            f"generator bug: {len(mismatches)} quotes do not parse back: {mismatches[:3]}"
        )

    _check_required(project, rows)
    injector = Injector(rows, {doc.id: doc for doc in docs}, rng)
    if errors_per_kind:
        injector.inject(errors_per_kind)

    descriptor_json = json.dumps(descriptor(project, sources), ensure_ascii=False, indent=2)
    project.descriptor.write_text(descriptor_json + "\n", encoding="utf-8")
    package_bytes = 0
    for name in RESOURCES:
        data = render_csv(field_names(load_schema(project.schemas, name)), rows[name])
        (project.datapackage / "data" / f"{name}.csv").write_bytes(data)
        package_bytes += len(data)

    manifest = {
        "generator": "benchmarks/generate_package.py",
        "seed": seed,
        "amounts": amounts,
        "errors_per_kind": errors_per_kind,
        "rows": {name: len(resource_rows) for name, resource_rows in rows.items()},
        "source_files": len(docs),
        "source_bytes": source_bytes,
        "package_csv_bytes": package_bytes,
        "checks_copied": checks,
        "schemas_sha256": schemas_digest(),
        "structural_kinds": STRUCTURAL_KINDS,
        "seconds": round(time.perf_counter() - started, 1),
        "injected": injector.injected,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="project folder to write (replaced if present)")
    parser.add_argument("--amounts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--errors-per-kind", type=int, default=None, help="default: amounts / 500; 0 = clean"
    )
    args = parser.parse_args()
    manifest = generate(args.out, args.amounts, args.seed, args.errors_per_kind)
    counts = ", ".join(f"{n} {name}" for name, n in manifest["rows"].items())
    print(f"wrote {args.out}: {counts}", file=sys.stderr)
    print(
        f"sources: {manifest['source_files']} files, {manifest['source_bytes'] / 1e6:.1f} MB; "
        f"package CSVs {manifest['package_csv_bytes'] / 1e6:.1f} MB; "
        f"{sum(v['count'] for v in manifest['injected'].values())} injected errors "
        f"in {manifest['seconds']} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
