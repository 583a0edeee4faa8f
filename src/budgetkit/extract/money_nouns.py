"""The nouns that name a sum of money ("subsidie", "bijdrage", "kosten"): one list for all.

A bare amount with one after it ("5 miljoen subsidie") is money where no currency is printed
(``MONEY_AFTER_AMOUNT``, read by the amount rows), and a compound headed by one holds an
amount (``compounds``, read by the money scan): both read ``MONEY_NOUNS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from budgetkit.extract.money_grammar import NUMBER

#: Nouns that name a sum of money, each as (singular, plural); a noun without a singular
#: ("kosten") gives its plural twice. The one list of money nouns: the heads of compounds
#: holding an amount (``_COMPOUND_HEADS``) and the money named after an amount
#: (``MONEY_AFTER_AMOUNT``).
MONEY_NOUNS: tuple[tuple[str, str], ...] = (
    ("bezuiniging", "bezuinigingen"), ("ombuiging", "ombuigingen"), ("besparing", "besparingen"),
    ("korting", "kortingen"), ("pakket", "pakketten"), ("investering", "investeringen"),
    ("impuls", "impulsen"), ("fonds", "fondsen"), ("subsidie", "subsidies"), ("steun", "steun"),
    ("tekort", "tekorten"), ("bijdrage", "bijdragen"), ("budget", "budgets"),
    ("budget", "budgetten"), ("lening", "leningen"), ("krediet", "kredieten"),
    ("injectie", "injecties"), ("schade", "schades"), ("boete", "boetes"), ("claim", "claims"),
    ("overschot", "overschotten"), ("meevaller", "meevallers"), ("tegenvaller", "tegenvallers"),
    ("strop", "stroppen"), ("uitgave", "uitgaven"), ("kosten", "kosten"),
    ("heffing", "heffingen"), ("belasting", "belastingen"), ("premie", "premies"),
    ("garantie", "garanties"), ("compensatie", "compensaties"), ("reserve", "reserves"),
    ("deal", "deals"), ("order", "orders"), ("contract", "contracten"),
    ("begroting", "begrotingen"), ("envelop", "enveloppen"), ("bedrag", "bedragen"),
    ("financiering", "financieringen"), ("regeling", "regelingen"), ("last", "lasten"),
    ("inkomst", "inkomsten"), ("ontvangst", "ontvangsten"), ("opbrengst", "opbrengsten"),
    ("baat", "baten"), ("middel", "middelen"), ("geld", "gelden"), ("schuld", "schulden"),
    ("toeslag", "toeslagen"), ("accijns", "accijnzen"), ("tarief", "tarieven"),
    ("euro", "euros"), ("euro", "euro's"), ("euro", "euro’s"), ("dividend", "dividenden"),
    ("salaris", "salarissen"), ("loon", "lonen"), ("bonus", "bonussen"), ("prijs", "prijzen"),
)  # fmt: skip
#: The plurals among them that count things when printed after a bare "N miljoen" ("2
#: miljoen pakketten", "orders", "contracten", "prijzen"): only as a compound's head do they
#: name a sum ("een 300-miljoenorder", what it is worth). A fine is such a thing too, imposed
#: one by one as a claim is filed: "N miljoen boetes opgelegd" counts them, where their sum
#: is "N miljoen aan boetes" or "een boete van N miljoen".
_COUNTED_PLURALS = frozenset(
    {"pakketten", "claims", "deals", "orders", "contracten", "begrotingen", "enveloppen"}
    | {"regelingen", "prijzen", "boetes"}
)
#: The money nouns that name money when printed after a bare amount ("5 miljoen subsidies",
#: "300 miljoen BDU-middelen"), as a pattern: their plurals that count no things, and their
#: singulars ending in "s", which read as plurals by their form ("Twee miljard bouwimpuls",
#: "een fonds", "een bonus").
MONEY_AFTER_AMOUNT = "(?:{})".format(
    "|".join(
        re.escape(word)
        for word in dict.fromkeys(
            [
                *(plural for _s, plural in MONEY_NOUNS if plural not in _COUNTED_PLURALS),
                *(singular for singular, _p in MONEY_NOUNS if singular.endswith("s")),
            ]
        )
    )
)


# An amount inside a compound noun whose head is a sum of money (``MONEY_NOUNS``): the
# figure and its scale word joined by a hyphen to each other or to the head ("de
# 1,5-miljardbezuiniging", "het 300-miljoenpakket", "het 300 miljoen-pakket", "de €
# 2-miljardinvestering", "de 2-miljardschuld"); the quote ends at the scale word. A head
# that is no money counts ("1-miljoenbanenplan"), or the word is an ordinal ("de
# 17-miljoenste inwoner") or plural ("een 2-miljardenoperatie"): none.
_COMPOUND_HEADS = tuple(dict.fromkeys(singular for singular, _plural in MONEY_NOUNS))
# (found from the hyphen, a literal the engine skips to: after the figure, or after the scale
# word; the figure before it is read by ``_COMPOUND_FIGURE``)
_COMPOUND_AT = re.compile(
    r"-(?:(?<=\d-)(?P<unit>(?i:miljoen|miljard))-?"
    r"|(?<=[\d \xa0][mM]iljoen-)|(?<=[\d \xa0][mM]iljard-))"
    rf"(?=(?i:{'|'.join(_COMPOUND_HEADS)}))"
)
_COMPOUND_FIGURE = re.compile(rf"(?:(?P<sign>€)[ \xa0]?)?(?P<n>{NUMBER})[ \xa0]?\Z")


def compounds(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the amounts inside compound nouns (``_COMPOUND_AT``): "eur"
    after a euro sign, else "compound" (money, its currency printed elsewhere)."""
    for m in _COMPOUND_AT.finditer(text) if "-" in text else ():
        if m.group("unit"):  # "300-miljoenpakket": the figure before the hyphen
            figure_end, end = m.start(), m.end("unit")
        else:  # "300 miljoen-pakket": the figure before the scale word
            figure_end, end = m.start() - len("miljoen"), m.start()
        figure = _COMPOUND_FIGURE.search(text, max(0, figure_end - 30), figure_end)
        if figure is not None and (figure.group("sign") or figure.start() == figure.start("n")):
            yield figure.start(), end, "eur" if figure.group("sign") else "compound"
