"""Whether a bare figure is money or a count of something else: people, homes, cubic metres.

A figure without a currency ("16 miljoen klanten", "5 miljoen vloeien naar Venlo") is money
only by the words around it: a money word in its own sentence or clause, a sum of money
printed before it in its paragraph, a list going on counting money. A counted noun after
it, a date, a rate or another currency make it no amount of euros.
"""

from __future__ import annotations

import re
import unicodedata

from budgetkit.extract.amounts_currencies import (
    OTHER_CURRENCY,
    UNKNOWN_CODE,
    bracketed_unknown,
    code_before,
    coded_currency,
    currency_named_before,
    name_before,
    named_code,
    uncoded_before,
)
from budgetkit.extract.amounts_rates import is_rate
from budgetkit.extract.amounts_windows import CURRENCY_REACH, REACH
from budgetkit.extract.amounts_years import MONTH
from budgetkit.extract.money_nouns import MONEY_AFTER_AMOUNT
from budgetkit.extract.money_quotes import MoneyMatch, parse_quote

# A bare "N miljoen" followed by one of these counts things, not euros, also with adjectives
# between ("2 miljoen Nederlandse huishoudens"), and so does a people's name ("Oekraïners");
# a number after a space on its line does too, a digit glued to the unit is a footnote ("40
# miljoen2."), and one on the next line starts that line ("Kabinet bezuinigt 18 miljard⏎
# 30-09-2010, 11:24": a headline over its dateline).
# A noun of people or things counts as the head of a compound too ("bijstandsuitkeringen",
# "huurwoningen"), and so does a paper or a decision handed out or filed, counted however
# much money its sentence names ("de opbrengst van N miljoen beschikkingen", "N miljoen
# extra vergunningen", "N miljoen inschrijvingen"; nouns of money in "-ingen" such as
# "onttrekkingen", "afschrijvingen" or "toezeggingen" are not listed); a unit of time or
# measure only alone ("schooljaar" may name a budget's), and so a noun that ends a verb made
# of it ("300 miljoen bestemmen", "verhuizen").
# A cardinal in words ending in "e" ("twee", "drie", "honderdtwee") is no adjective: after
# the amount it opens another quantity ("tegen 9 miljard twee jaar geleden", "5 miljoen drie
# keer zoveel"), its noun none the amount counts.
_ONE_ADJECTIVE = (
    r"(?!(?:de|die|deze|ze|je|we|te|elke|iedere|onze|hele|extra)\b)"
    r"(?![^\W\d_]*(?:twee|drie)\s)[^\W\d_]+e\s+"
)
_ADJECTIVES = rf"(?:{_ONE_ADJECTIVE}){{0,2}}"
# An uninflected word grading the inflected adjective after it ("2,5 miljoen slecht
# geïsoleerde woningen", "1 miljoen zwaar beschadigde bomen", "3 miljoen laag opgeleide
# werknemers"): an adverb of the adjective, the noun after both still what the figure counts.
# No preposition, article, pronoun, conjunction or verb of being: "5 miljoen voor sociale
# woningen" and "5 miljoen aan nieuwe woningen" are money spent on them.
_GRADED = (
    r"(?:(?!(?:aan|achter|bij|binnen|boven|buiten|door|in|met|na|naar|naast|om|onder|op|over"
    r"|per|rond|sinds|tegen|tot|tussen|uit|van|vanaf|via|voor|zonder|ten|ter|en|of|maar|dan"
    r"|als|dat|want|een|het|dit|zijn|haar|hun|ons|wij|zij|hij|er|is|was|waren|wordt|worden"
    r"|werd|werden|niet|nog|ook)\b)"
    rf"[^\W\d_]+\s+(?={_ONE_ADJECTIVE}))?"
)
# An uninflected word of more or fewer before the noun a figure counts ("4 miljoen extra
# bezoekers", "2 miljoen meer inwoners"): the noun after it is still what the figure counts.
# (Only before a noun or unit the list below names: "5 miljoen extra voor de zorg" and "2
# miljoen extra subsidies" are money.)
_MORE_OF = r"(?:extra|meer|minder)\s+(?=[^\W\d_])"
# The nouns of people and physical things a figure counts, as the head of a compound too
# (vehicles by their plural with an apostrophe: "personenauto's", "bestelauto's"): never
# money themselves, so a bare figure in a bracket after them counts them too. A noun of
# people made of a participle whose form a past plural verb shares ("verzekerden", as
# "zij verzekerden") is told by no form (``_PLURAL_NOUN``), and after "hebben" a word in
# "-en" may be the participle it sends last ("hebben 5 miljoen uitgegeven"): listed here.
_BEINGS_AND_THINGS = r"""(?:mensen|personen|inwoners|huishoudens|gezinnen|kinderen|jongeren
    |ouderen|volwassenen|leerlingen|studenten|werknemers|werkenden|werklozen|woningen
    |containers|patiënten|cliënten|bezoekers|reizigers|passagiers|voertuigen
    |auto['’]s|fietsen|vliegtuigen
    |nederlanders|burgers|mantelzorgers|vrijwilligers|dieren|bomen
    |zieken|gebruikers|abonnees|verzekerden)"""
# The nouns of other things a figure counts after it ("2 miljoen aanvragen"): cases, papers,
# coins and the like, which may be money or stand for it ("de uitkeringen (2,4 miljoen)" may
# be their sum), so only a figure before them counts them.
_COUNTED_NOUNS = rf"""(?:{_BEINGS_AND_THINGS}|banen|bezoeken|plekken
    |vaccins|doses|tests|meldingen|aanvragen|uitkeringen
    |exemplaren|munten|muntstukken|biljetten|beschikkingen|inschrijvingen|vergunningen
    |aangiften|klachten|herzieningen)"""
_COUNTED = re.compile(
    rf"""\s*(?:{_MORE_OF})?{_GRADED}{_ADJECTIVES}(?:
        (?<=[ \t\xa0])\d | (?-i:[A-Z][^\W\d_]+(?:ers|anen|iërs|ezen)\b)
        | (?:kubieke|kuub|m2|m²|m3|m³|nm3|ton|megaton|kilo|kg|kilogram|gram|liter|hectoliter
             |vierkante|hectare|ha|km|kilometer|meter|kwh|mwh|gwh|twh|mw|gw|pj|petajoule|gj
             |gigajoule|tj|terajoule|vaten|barrel)\b
        | [^\W\d_]*?{_COUNTED_NOUNS}\b
        | (?:auto|uren|dagen|jaar|keer|stuks|stemmen|huizen)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A plural noun by its form, whatever it names, after a bare "N miljoen": such an amount
# counts what the noun names, as money is never counted in a plural that is not money
# itself ("1,2 miljoen AOW-gerechtigden", "2 miljoen zzp'ers", "4 miljoen abonnementen" is
# left to the list above). The forms: a word ending in "s" that is no adverb or preposition
# ("huishoudens", "inwoners", not "jaarlijks", "tijdens": the adverbs of part or degree,
# time, manner and the prepositions in "-s" are listed, or known by their ending, "-deels"
# "-zijds", "-elings": "die 2,4 miljard grotendeels eenmalig", "5 miljoen inmiddels
# uitgegeven", "5 miljoen sinds 2020", "wegens"); a plural with an apostrophe
# ("zzp'ers", "AOW'ers", "auto's"); a compound headed by capitals or digits
# ("AOW-gerechtigden", "65-plussers", "MKB-bedrijven"); an adjective or participle made a
# noun of people, which no verb form ends like ("uitkeringsgerechtigden",
# "belastingplichtigen", "werklozen", "werkenden" but not "aanwenden", "gepensioneerden",
# "gehandicapten" but not "genereerden"); a noun of persons in "-isten" ("toeristen",
# "specialisten", not the verbs "(ver)gisten", "twisten", "(ver)misten"); a plural of "-heid",
# things counted, which no verb ends in ("vervuilingseenheden", "hoeveelheden").
# The adverbs of part or degree, time, manner and cause and the prepositions in "-s" a bare
# amount may stand before ("die 2,4 miljard grotendeels eenmalig", "12 miljoen inmiddels
# uitgegeven", "8 miljoen sinds de start"), listed or known by their ending ("-deels",
# "-zijds", "-elings"): no plural noun naming what the amount counts (``_PLURAL_NOUN``), but
# no noun at all either, so the amount counts what a count before it counts where one stands
# in its paragraph (``_counted_before``: "2,1 miljoen aanvragen. Daarvan is 1,6 miljoen
# inmiddels afgehandeld").
_S_ADVERB_WORDS = r"""(?:inmiddels|sinds|wegens|krachtens|namens|onlangs|dikwijls|destijds
              |rechtstreeks|ruimschoots|omstreeks|aldus|iets|soms|immers|trouwens|minstens
              |hoogstens|meestens|opeens|weleens|desondanks|eerstdaags|voorts
              |[a-z]*deels|[a-z]*zijds|[a-z]*elings)"""
_S_ADVERB = re.compile(rf"\s*(?-i:{_S_ADVERB_WORDS})(?![\w'’-])", re.VERBOSE)
_PLURAL_NOUN = re.compile(
    rf"""\s*{_GRADED}{_ADJECTIVES}(?![\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-]))(?:
        (?-i:(?!(?:eens|ergens|nergens|anders|elders|steeds|telkens|reeds|slechts|tevens
              |zelfs|thans|straks|plus|minus|alles|niets|gratis|precies|tijdens|volgens
              |blijkens|jegens|langs|ineens|eveneens|overigens|nogmaals|althans)\b)
              (?!{_S_ADVERB_WORDS}\b)
              [a-z][^\W\d_]{{2,}}(?<!lijk)(?<!waart)(?<!gewij)s)
        | [^\W\d_]+['’](?:s|ers)
        | (?-i:(?:[A-Z]{{2,}}|\d+)-[a-z][^\W\d_]+(?:en|s))
        | (?-i:[a-z][^\W\d_]*(?:gerechtigden|plichtigen|lozen|(?<![wz])enden|(?<![gwm])isten|heden)
           |ge(?!nereer)[^\W\d_]{{3,}}(?:eerd|pt|kt)en)
    )(?![\w'’-])""",
    re.IGNORECASE | re.VERBOSE,
)
# A word in "-en" after a bare "N miljoen", adjectives between or not: a plural noun
# ("gepensioneerden", "verzekerden", "zelfstandigen") or a verb ("investeren", "uitgeven"),
# which only the words around tell apart (``_says_money``); an adverb or a preposition in
# "-en" ("160 mln. alleen voor de A2", "5 miljoen binnen een jaar", "brengt 5 miljoen
# bijeen") is neither.
_PLURAL_EN = re.compile(
    rf"""\s*{_ADJECTIVES}(?![\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-]))
    (?!(?:alleen|even|binnen|buiten|boven|beneden|tegen|zonder|open|meteen|samen|bijeen
    |geleden)\b)
    (?-i:[a-z][^\W\d_]{{2,}}en)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "en" or "of" after that word, before a plural noun by its form or a noun of things
# counted ("vrouwen en meisjes", "ouders of verzorgers"): the two are nouns joined, what the
# figure counts; a verb in "-en" joins another verb ("investeren en uitgeven"), no plural.
_AND_NOUN = re.compile(r"[ \t\xa0]+(?:en|of)(?=[ \t\xa0]+[^\W\d_])", re.IGNORECASE)
# A subject pronoun right after that word: it is the verb of a clause whose subject follows
# it ("Met deze 40 miljoen maken we het af", "kunnen wij"), no noun the amount counts.
_SUBJECT_AFTER = re.compile(r"[ \t\xa0]+(?:we|wij|ze|zij|jullie|u)\b", re.IGNORECASE)
# A second word in "-en" ending the clause after that word ("waaraan jaarlijks 1,2 miljoen
# vrouwen deelnemen, wordt ..."): the clause's verb, printed last as a subordinate clause
# prints it, which makes the word before it its subject or object, a noun of what the amount
# counts, whatever money the next clause says. An auxiliary or a modal there ("5 miljoen
# uitgegeven hebben", "5 miljoen investeren willen") leaves the first word a verb, and a money
# noun ("5 miljoen eigen middelen.") names what the amount is: neither is such a verb; nor
# is the word after an auxiliary or a modal right after the amount ("dat gemeenten 5
# miljoen moeten bezuinigen,"), which is no noun.
_AUXILIARIES = (
    "hebben", "hadden", "zijn", "waren", "worden", "werden", "zullen", "zouden", "kunnen",
    "konden", "moeten", "moesten", "willen", "wilden", "wouden", "mogen", "mochten", "gaan",
    "gingen", "blijven", "bleven", "laten", "lieten", "komen", "kwamen", "hoeven", "hoefden",
    "durven", "durfden", "staan", "stonden", "liggen", "lagen", "zitten", "zaten", "lopen",
    "liepen", "helpen", "hielpen", "leren", "leerden", "zien", "zagen", "horen", "hoorden",
)  # fmt: skip
_CLAUSE_VERB = re.compile(
    rf"""[ \t\xa0]+(?!(?:{"|".join(_AUXILIARIES)})\b)(?![\w'’-]*?{MONEY_AFTER_AMOUNT}\b)
    (?-i:[a-z][^\W\d_]{{2,}}en)[ \t\xa0]*[,;:.!?)]""",
    re.IGNORECASE | re.VERBOSE,
)
# Compounds sharing their head, the first ones cut short by a hyphen ("WW- en
# bijstandsuitkeringen", "AOW-, WW- of bijstandsuitkeringen"): the last word names what all
# of them count, and is read as the noun after the amount.
_ELIDED = re.compile(r"\s+(?:[^\W\d_]+-\s*,\s*)*[^\W\d_]+-\s+(?:en|of)(?=\s)")
# A blank line after a bare amount: it ends the amount's paragraph (a headline, a list's last
# line), and the words under it say nothing of what the amount counts ("Provincie investeert
# 40 miljoen⏎⏎Inwoners van ...").
_PARAGRAPH_END = re.compile(r"[ \t\xa0]*\n[ \t\xa0]*\n")
# A partitive of persons after a bare "N miljoen", its noun left out: "voor 1,1 miljoen van
# hen daalt de toeslag", "ruim 2 miljoen van hen werkt": "hen" is a pronoun of persons only
# (never a possessive, as "van hun budget", "van ons geld" are), so the figure counts
# people, whatever money its sentence says.
# (a line break between the words or not, as a text layer wraps them)
_OF_PERSONS = re.compile(
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?<=\s)van[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?<=\s)hen(?![\w\-])",
    re.IGNORECASE,
)
# "van hen" saying from whom a sum is taken, not of whom a number is part: "terug" or a
# participle of taking right after it ("het Rijk vordert 50 miljoen van hen terug", "is 2
# miljoen van hen ontvangen"). (A verb of taking before the figure says nothing: "Van de
# werkenden krijgen 2 miljoen van hen een toeslag" counts them, its subject after the verb.)
_TAKEN_AFTER = re.compile(
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?i:terug|ontvangen|gekregen|geïnd|gevorderd|geëist|geleend"
    r"|gekocht|overgenomen)(?![\w\-])"
)
# Signs and stems of money: a currency, or a word of paying, costing, budgeting.
MONEY_STEMS = (
    "€", "euro", "eur ", "$", "dollar", "ƒ", "gulden", "kost", "invest", "bezuinig", "ombuig",
    "uitga", "uitgeg", "uitgev", "bespa", "spaar", "spar", "bijdra", "bijgedra", "subsid",
    "budget", "geld", "financ", "betaal", "betal", "begro", "reserv", "tekort", "saldo",
    "lasten", "belast", "premie", "heff", "vrijgem", "vrijmak", "vrij te maken", "vrijspel",
    "beschikbaar", "toegeken", "toeken", "ontvang", "korting", "compens", "uitgetrok",
    "uittrek", "trekt", "krijg", "kreeg", "fonds", "impuls", "oplever", "opgelever", "opbreng",
    "levert", "ophal", "opgehaald", "steken", "gestoken", "schade", "schrap", "inzet", "ingezet",
    "besteed", "besteden", "leent", "leende", "lenen", "geleend", "verdien", "overmak",
    "overgemaakt", "stort", "derv", "gederfd", "verstrek", "uitker", "steun", "neertel",
)  # fmt: skip
# The word of a unit a list's items share, where ``MoneyMatch.scale_at`` points.
UNIT_WORD = re.compile(r"[^\W\d_]+\.?")


# A day and a month right before a figure: the figure is the date's year ("14 april 2022"),
# no count of the scale word or currency after it.
_DAY_MONTH_BEFORE = re.compile(rf"(?<![\w.,])\d{{1,2}}[ \t\xa0]+(?i:{MONTH})[ \t\xa0]+\Z")
_DATE_YEAR = re.compile(r"(?:19|20)\d\d(?!\d|[.,]\d)")


def _is_money(text: str, match: MoneyMatch, rejected: list[tuple[int, str]]) -> bool:
    """A bare "N miljoen" is money unless a counted noun follows or "het aantal" precedes.
    An amount printing no currency followed by one no code is kept for ("renminbi",
    "Canadese dollar") is money but no euros: left out and said in ``rejected``, never
    stored as euros."""
    if (
        text[match.start : match.start + 2] in ("19", "20")
        and _DATE_YEAR.match(text, match.start) is not None
        and _DAY_MONTH_BEFORE.search(text, max(0, match.start - 20), match.start) is not None
    ):
        rejected.append((match.start, f"'{match.quote}': the year of a date; not stored"))
        return False
    if is_rate(text, match):
        rejected.append(
            (match.start, f"'{match.quote}': an exchange rate, the price of another currency; "
                          "not stored")
        )  # fmt: skip
        return False
    if coded_currency(text, match) is not None:
        # a code before the figure may be a country's, Spain's ISO code as the peseta's
        # ("ESP 47 miljoen inwoners"): a counted noun after it says it counts no money
        return not (match.bare and code_before(text, match) and _counts(text, match))
    unknown = bracketed_unknown(text, match)
    other = OTHER_CURRENCY.match(text, match.end) if match.currency is None else None
    if unknown is not None:
        rejected.append(
            (match.start, f"'{match.quote}' in {unknown}: money in a currency with no code here; "
                          "left out, never stored as euros")
        )  # fmt: skip
        return False
    if other:
        rejected.append(
            (
                match.start,
                f"'{match.quote}{other.group()}': money in a currency with no code here; "
                "left out, never stored as euros",
            )
        )
        return False
    code = (
        UNKNOWN_CODE.search(text, max(0, match.start - 4), match.start)
        if match.currency is None
        else None
    )
    if code and uncoded_before(text, code):
        rejected.append(
            (
                code.start(),
                f"'{code.group()}{match.quote}': money after a code with no currency here; "
                "left out, never stored as euros",
            )
        )
        return False
    named = name_before(text, match)
    if named is not None and named_code(named.group("name")) is None:
        rejected.append(
            (
                named.start(),
                f"'{named.group()}{match.quote}': money in a currency named before it with no "
                "code here, or no one currency; left out, never stored as euros",
            )
        )
        return False
    sign = text[max(0, match.start - 2) : match.start].rstrip(" \xa0")[-1:]
    if match.currency is None and sign and unicodedata.category(sign) == "Sc":
        rejected.append(  # "₹ 5 miljard", "₽ 3 miljoen": a sign the money reader keeps no code for
            (match.start, f"'{sign} {match.quote}': money after a currency sign with no code here; "
                          "left out, never stored as euros")
        )  # fmt: skip
        return False
    if not match.bare:
        return True
    if _counts(text, match):
        return False
    # "het aantal" in its own sentence or clause before it ("Het aantal steeg tot 2
    # miljoen"); in a sentence before ("... 9% van het totale aantal rechten. De verhoging
    # wordt gedekt uit de marge (ƒ 30 miljoen)") it says nothing of this figure. The clause
    # is looked for only where "aantal" stands in the words before at all (the clause's
    # words are their end): most figures have none, and are spared the scan for its start.
    if "aantal" not in text[max(0, match.start - 120) : match.start].lower():
        return True
    own, window = _own_clause_span(text, match)
    start = max(own, match.start - 120)
    if "aantal" not in text[start : match.start].lower():
        return True
    opening = _what_clause(text, start, match.start)
    return opening is not None and any(map(window[opening - own :].__contains__, MONEY_STEMS))


# A comma, then "wat" or "hetgeen" opening a clause that says what the whole clause before
# it brings about ("Het aantal vestigingen halveert, wat 300 miljoen moet opleveren").
_WHAT_CLAUSE = re.compile(r",[ \t\xa0\n]+(?:wat|hetgeen)\b", re.IGNORECASE)


def _what_clause(text: str, start: int, end: int) -> int | None:
    """Where the last clause opened by "wat" or "hetgeen" between ``start`` and a bare
    amount at ``end`` starts, where "aantal" stands before it only: "het aantal" is then the
    subject of the clause before, and the figure what that clause's change brings about
    ("Het aantal loketten halveert, hetgeen 2 miljard bespaart"), which the caller takes
    for money where the clause from there names money (``MONEY_STEMS``); no count of the
    noun after "aantal". None where no such clause opens, or "aantal" stands in it ("...,
    wat het aantal op 2 miljoen brengt")."""
    openings = list(_WHAT_CLAUSE.finditer(text, start, end))
    if not openings or "aantal" in text[openings[-1].end() : end].lower():
        return None
    return openings[-1].start()


# A bare "N miljoen" alone in a bracket right after a noun of people or physical things
# (``_BEINGS_AND_THINGS``; "doordat minder huishoudens (1,39 miljoen) een toeslag aanvragen",
# "de bezoekers (ruim 2 miljoen)"): the bracket says how many of them, whatever money its
# sentence names. (A noun of money before it, "de uitgaven (2 miljard)", is no such noun,
# nor one of a case or payment that may be money: "de uitkeringen (2,4 miljoen)".)
_COUNTED_BEFORE_BRACKET = re.compile(
    rf"""(?<![\w\-])[^\W\d_]*?{_BEINGS_AND_THINGS}[ \t\xa0]*\([ \t\xa0]*
    (?:(?:ruim|circa|ca\.|ongeveer|bijna|zo['’]n)[ \t\xa0]+)?\Z""",
    re.IGNORECASE | re.VERBOSE,
)
_BRACKET_CLOSES = re.compile(r"[ \t\xa0]*\)")


# A figure in millions or billions and the word after it, the noun it may count.
_SCALED_FIGURE = re.compile(r"\d[\d.,]*[ \t\xa0]*(?:miljoen|miljard)(?![\w'’-])", re.IGNORECASE)
_NOUN_IN_EN_OR_S = re.compile(r"[ \t\xa0]+(?:[^\W\d_]+-)?[a-z][^\W\d_]{2,}(?:en|s)(?![\w'’-])")
# "dekken" right after a bare amount: covering a cost with money, or people and addresses
# with a network or a service (a word of money only there, not elsewhere in its sentence:
# "dekken de aanbieders 95 procent van de 8,2 miljoen adressen")
_COVERING = re.compile(r"(?i:dekken)")


def _counted_before(text: str, match: MoneyMatch) -> bool:
    """Whether a count stands before the bare amount in its paragraph (within
    ``CURRENCY_REACH``): a figure in millions or billions and a noun in "-en" or "-s" after
    it that names no money and is no adverb ("1,2 miljoen mensen", "8,2 miljoen adressen").
    An amount with no noun of its own after it there ("Daarvan is 1,6 miljoen inmiddels
    afgehandeld", "Die 0,4 miljoen dekken we") refers back to what that count counts."""
    begin = max(0, match.start - CURRENCY_REACH)
    breaks = [end.end() for end in _PARAGRAPH_BREAK.finditer(text, begin, match.start)]
    for figure in _SCALED_FIGURE.finditer(text, breaks[-1] if breaks else begin, match.start):
        noun = _NOUN_IN_EN_OR_S.match(text, figure.end())
        if (
            noun is not None
            and _S_ADVERB.match(text, figure.end()) is None
            and not any(map(noun.group().lower().__contains__, MONEY_STEMS))
            and re.fullmatch(MONEY_AFTER_AMOUNT, noun.group().strip(), re.IGNORECASE) is None
        ):
            return True
    return False


_CLAUSE_STOP = re.compile(r"[,;.!?\n]")


def _says_money_itself(text: str, match: MoneyMatch) -> bool:
    """Whether the bare amount's own sentence or clause names a word of money
    (``MONEY_STEMS``) up to the first comma after it: "Van het geld gaat 350 miljoen
    rechtstreeks naar gemeenten", "houden 45 miljoen anderzijds in reserve" (a source named
    after a comma, "..., meldt het fonds", says nothing of what it counts)."""
    own, _ = _own_clause_span(text, match)
    stop = _CLAUSE_STOP.search(text, match.end, match.end + REACH)
    words = text[own : stop.start() if stop else match.end + REACH].lower()
    return any(map(words.__contains__, MONEY_STEMS))


def _counts(text: str, match: MoneyMatch) -> bool:
    """Whether the noun after a bare "N miljoen" says it counts what the noun names rather
    than euros ("2 miljoen huishoudens", "1,2 miljoen vrouwen deelnemen,"), or the noun
    before the bracket it stands alone in ("huishoudens (1,39 miljoen)")."""
    # an item of a list ("2, 3 en 4 miljoen inwoners") counts what follows the unit it shares
    unit = UNIT_WORD.match(text, match.scale_at) if match.scale_at is not None else None
    after = unit.end() if unit else match.end
    if (
        _BRACKET_CLOSES.match(text, after) is not None
        and _COUNTED_BEFORE_BRACKET.search(text, max(0, match.start - 60), match.start) is not None
    ):
        return True  # "huishoudens (1,39 miljoen)": how many of them
    if (elided := _ELIDED.match(text, after)) is not None:
        after = elided.end()  # "2 miljoen WW- en bijstandsuitkeringen": the noun after "en"
    if _PARAGRAPH_END.match(text, after):  # no word after it says what it counts
        return False
    if _S_ADVERB.match(text, after) is not None:  # no noun: what a count before it counts
        return _counted_before(text, match) and not _says_money_itself(text, match)
    if _COUNTED.match(text, after) or _PLURAL_NOUN.match(text, after):
        return True
    of_persons = _OF_PERSONS.match(text, after)
    if of_persons and not _TAKEN_AFTER.match(text, of_persons.end()):
        return True  # "1,1 miljoen van hen": persons, counted
    plural = _PLURAL_EN.match(text, after)
    compared = plural is None and (more := _MORE_OR_FEWER.match(text, after)) is not None
    if compared:
        plural = _PLURAL_EN.match(text, more.end())  # "1,4 miljoen minder beschikkingen"
    # "3,5 miljoen gepensioneerden", no money said around it, or a verb after ("1,2 miljoen
    # vrouwen deelnemen,"); an auxiliary or modal right after the amount is no noun but the
    # verb before the clause's last ("5 miljoen moeten bezuinigen,"), and neither is the
    # infinitive a modal before the amount sends to the clause's end ("moeten samen 1,3
    # miljard inleveren.")
    if plural is None or plural.group().split()[-1].lower() in _AUXILIARIES:
        return False
    if (joined := _AND_NOUN.match(text, plural.end())) is not None and (
        _COUNTED.match(text, joined.end()) or _PLURAL_NOUN.match(text, joined.end())
    ):
        return True  # "19 miljoen vrouwen en meisjes": nouns joined, what the figure counts
    if _infinitive_at_end(text, match, plural.end()):
        return False
    of_money = any(map(plural.group().lower().__contains__, MONEY_STEMS))
    if not of_money and _ALL_BEFORE.search(text, max(0, match.start - 12), match.start):
        return True  # "van alle 1,2 miljoen artikelen": the things counted, all of them
    if (
        not of_money
        and _VALUED_ASIDE.match(text, plural.end()) is not None
        and _MODAL_BEFORE.search(text, max(0, match.start - 80), match.start) is None
    ):
        return True  # "28 miljoen sneltesten (waarde € 91 mln)": the things' value in brackets
    word = plural.group().split()[-1]
    if _COVERING.fullmatch(word) is not None:
        # "Hoe wil hij structureel 500 mln. dekken?": covering a cost with money, the amount
        # its object; "8,2 miljoen adressen ... Die 0,4 miljoen dekken we": a count covered
        return _counted_before(text, match)
    if not any(map(word.lower().__contains__, MONEY_STEMS)) and (
        _PARTICIPLE_ENDS.match(text, plural.end()) is not None
        or _PASSIVE_AFTER.match(text, plural.end()) is not None
        or _counted_per(text, match, word)
        or _paid_after(text, plural.end())
        or _ends_plain_clause(text, match, word, plural.end())
        or _determined_before_finite(text, match, plural.end())
    ):
        return True  # "1,2 miljoen melkquota's ... opgekocht,", "... € 16 per verzekerde"
    if compared:  # after "meer" or "minder" only the forms above tell a noun from a verb
        return _CLAUSE_VERB.match(text, plural.end()) is not None
    return (
        not _says_money(text, match) and _SUBJECT_AFTER.match(text, plural.end()) is None
    ) or _CLAUSE_VERB.match(text, plural.end()) is not None


# A participle ending the clause right after the word in "-en" ("waarmee 1,2 miljoen
# productierechten opgekocht, ..." "de sloop van 2 miljoen stallen gefinancierd."): the
# clause's verb, printed last, so the word before it is its object, a noun the figure
# counts. An infinitive is never followed so; a word of money in "-en" ("investeren") is
# left to the words around it.
_PARTICIPLE = r"(?-i:(?:[a-z]*ge|be|ver|ont|her|er)[a-z]{2,}[dt])"
_PARTICIPLE_ENDS = re.compile(rf"[ \t\xa0]+{_PARTICIPLE}[ \t\xa0]*[,;:.!?)]")


# The words before a bare amount in its sentence that send a verb to its clause's end: a
# conjunction or pronoun opening a subordinate clause ("omdat gemeenten 5 miljoen besparen",
# "die 2 miljoen kosten"), "om" and "te", or a finite auxiliary or modal whose infinitive or
# participle stands last ("heeft 5 miljoen vrijgegeven", "wil 2 miljoen investeren"; a verb
# of perceiving or helping so too: "zag 5 miljoen verdwijnen").
_SENDS_VERB_LAST = re.compile(
    r"""(?<![\w\-'’])(?i:dat|die|wat|wie|welke|waar[^\W\d_]*|hoe|of|als|omdat|doordat|zodat
    |terwijl|nadat|voordat|wanneer|indien|mits|hoewel|tenzij|zodra|totdat|opdat|aangezien
    |zoals|om|te|heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren|word|wordt|worden
    |werd|werden|zal|zult|zullen|zou|zouden|kan|kunt|kunnen|kon|konden|moet|moeten|moest
    |moesten|wil|wilt|willen|wilde|wilden|wou|mag|mogen|mocht|mochten|ga|gaat|gaan|ging|gingen
    |blijft|blijven|bleef|bleven|laat|laten|liet|lieten|hoeft|hoeven|hoefde|hoefden|durft
    |durven|komt|komen|kwam|kwamen|helpt|helpen|hielp|hielpen|ziet|zien|zag|zagen|hoort|horen
    |hoorde|hoorden|leert|leren)(?![\w\-'’])""",
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]+")
# "krijgen", and "staan", "liggen" or "zitten" in the singular (the sum their subject), before
# a bare amount and a participle of a separable verb in "-en" ending the clause ("de provincie
# krijgt 5 miljoen teruggegeven", "in de begroting staat 5 miljoen opgenomen", "ligt 5
# miljoen vastgehouden"): the verb and its participle, the amount money. A noun after
# "krijgen" is what is counted ("kreeg 1,2 miljoen bezwaren"), and a count is a plural's
# subject ("er staan 2 miljoen woningen").
_TAKES_PARTICIPLE = re.compile(
    r"(?<![\w\-'’])(?i:krijg|krijgt|krijgen|kreeg|kregen|staat|stond|ligt|lag|zit|zat)"
    r"(?![\w\-'’])"
)
_PARTICLE_PARTICIPLE = re.compile(
    r"(?-i:(?:toe|terug|uit|op|mee|door|over|bij|vrij|vast|aan|weg|in|na|af|voor|achter)ge"
    r"[a-z]{2,}en)"
)


def _ends_plain_clause(text: str, match: MoneyMatch, word: str, end: int) -> bool:
    """Whether ``word``, in "-en" after a bare amount and ending at ``end``, ends a main clause
    whose words before the amount send no verb to its end (``_SENDS_VERB_LAST``), two words
    at least (a subject and its verb: "Jaarlijks behandelen de rechtbanken ruim 1,6 miljoen
    zaken.", "voor ieder van de 16,7 miljoen verzekerden."): its finite verb stands before
    the amount, so the word is no infinitive or participle printed last, but the noun the
    figure counts, whatever money its paragraph says."""
    if _CLAUSE_ENDS_HERE.match(text, end) is None:
        return False
    own, _ = _own_clause_span(text, match)
    before = text[own : match.start]
    if _PARTICLE_PARTICIPLE.fullmatch(word) and _TAKES_PARTICIPLE.search(before):
        return False  # "krijgt 5 miljoen teruggegeven": a participle printed last
    return len(_WORD.findall(before)) >= 2 and _SENDS_VERB_LAST.search(before) is None


# A plural determiner right before a bare amount, a word of degree between or not ("de ruim
# 17 miljoen", "deze circa 2 miljoen", "hun zo'n 3 miljoen"): the amount heads a noun phrase;
# an infinitive after it would need "het" ("het 17 miljoen bezuinigen") or "te".
_DETERMINER_BEFORE = re.compile(
    r"""(?<![\w\-'’])(?i:de|die|deze|onze|hun)[ \t\xa0]+(?:(?i:ruim|circa|ca\.|ongeveer|bijna
    |zo['’]n|rond|krap|pakweg|ruwweg|slechts|maar[ \t\xa0]+liefst|meer[ \t\xa0]+dan
    |minder[ \t\xa0]+dan|nog[ \t\xa0]+geen|naar[ \t\xa0]+schatting)[ \t\xa0]+)?\Z""",
    re.VERBOSE,
)
# A finite verb in "-t" right after the word in "-en" ("betaalt", "heeft", "geldt", "is"):
# the word is then no infinitive, which a finite verb follows only as the modal or auxiliary
# of a verb cluster ("dat hij de 5 miljoen investeren wil", "besparen moet", "bezuinigen
# gaat"), left out here. A capital is a name ("Utrecht"), a participle ("gedekt") no finite
# verb.
_FINITE_AFTER = re.compile(
    r"""[ \t\xa0]+(?!(?:wil|wilt|moet|kan|kunt|zal|zult|mag|gaat|blijft|hoeft|komt|laat
    |durft|helpt|ziet|hoort|leert|doet|staat|ligt|zit|loopt)(?![\w\-'’]))
    (?-i:(?!ge(?!ldt|eft))[a-z][^\W\d_]*t|is)(?![\w\-'’])""",
    re.VERBOSE,
)


def _determined_before_finite(text: str, match: MoneyMatch, end: int) -> bool:
    """Whether the word in "-en" after a bare amount, ending at ``end``, stands between a
    plural determiner before the amount and a finite verb after it ("Van de ruim 17 miljoen
    verzekerden betaalt 11 procent ...", "Voor elk van de 2 miljoen huurders geldt ..."):
    "de N miljoen X" is a noun phrase the verb follows, so the word is the noun counted,
    not an infinitive, whatever money its paragraph says ("de 17 miljoen bezuinigen" is no
    phrase; "het 17 miljoen bezuinigen kost banen" is, and is money)."""
    if _FINITE_AFTER.match(text, end) is None:
        return False
    return _DETERMINER_BEFORE.search(text, max(0, match.start - 40), match.start) is not None


# "meer" or "minder" between a bare "N miljoen" and a word in "-en" ("1,4 miljoen minder
# beschikkingen zijn opgelegd", "2 miljoen minder uitgeven"): a noun counted or a verb of
# money compared, which only the forms after the word tell apart (never the money around).
_MORE_OR_FEWER = re.compile(r"[ \t\xa0]+(?i:meer|minder)(?=[ \t\xa0]+[^\W\d_])")
# A plural verb of being and a participle right after the word in "-en" ("2 miljoen
# beschikkingen zijn opgelegd", "1 miljoen aanslagen werden verstuurd"): a passive or perfect
# whose subject is the word, a plural noun; no infinitive is followed by a plural "zijn" or
# "worden" and a participle. (A line break between the words or not, as a text layer wraps
# them.)
_PASSIVE_AFTER = re.compile(
    r"\s+(?i:zijn|waren|worden|werden)[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?<=\s)"
    rf"{_PARTICIPLE}(?![\w'’-])"
)
# A finite plural verb of paying or receiving right after the word in "-en" ("16 miljoen
# verzekerden betaalden een premie", "2 miljoen huurders ontvangen", "... betalen"): the
# word is its subject, a plural noun, as two verbs in "-en" in a row are an auxiliary or
# modal and its infinitive (left out above). A money noun in "-en" there ("5 miljoen eigen
# kosten") is what the amount is: no such verb.
_PAYING_AFTER = re.compile(
    rf"\s+(?![\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-]))(?-i:[a-z][^\W\d_]{{2,}}en)"
    r"(?=\s+[^\W\d_])"
)


def _paid_after(text: str, end: int) -> bool:
    """Whether a finite plural verb of money (``_PAYING_AFTER``, a stem of
    ``MONEY_STEMS``) follows the word in "-en" ending at ``end``."""
    verb = _PAYING_AFTER.match(text, end)
    return verb is not None and any(map(verb.group().lower().__contains__, MONEY_STEMS))


def _counted_per(text: str, match: MoneyMatch, word: str) -> bool:
    """Whether the bare amount's own sentence or clause prices a unit of the noun ``word``
    after it ("Bij 17,2 miljoen verzekerden ligt de premie € 16 per verzekerde hoger",
    "2 miljoen stallen, € 300 per stal"): the money it prints is per one of what the figure
    counts, so the word is that noun's plural ("verzekerden": "verzekerde"; "stallen":
    "stal"), no verb, and the figure a count of it."""
    lower = word.lower()
    singulars = {lower[:-1], lower[:-2], lower[:-3] if lower[-4:-3] == lower[-3:-2] else ""}
    names = "|".join(map(re.escape, sorted(filter(None, singulars))))
    clause = _own_clause_span(text, match)[1]
    return re.search(rf"\bper[ \t\xa0]+(?:{names})\b", clause) is not None


# "alle" right before a bare amount ("een telling van alle 1,2 miljoen artikelen", "alle 8
# miljoen huishoudens"): a quantifier of things counted, so a word in "-en" after the amount
# is the noun counted, whatever money its sentence or paragraph says; a verb of money after
# it ("alle 5 miljoen besteden", "uitgeven") leaves the amount money.
_ALL_BEFORE = re.compile(r"(?<![\w\-])(?i:alle)[ \t\xa0]+\Z")


# A modal as the finite verb of a main clause, before a bare amount in it ("Gemeenten moeten
# samen 1,3 miljard ...", "Het Rijk zal 2 miljard ..."): its infinitive stands last in the
# clause. (Not "willen", "mogen": those take a noun too, "we willen 2 miljoen zonnepanelen".)
_MODAL_BEFORE = re.compile(
    r"(?<![\w\-])(?i:moet|moeten|moest|moesten|zal|zullen|zou|zouden|kan|kunnen|kon|konden)"
    r"(?![\w\-])[^.;:!?,()\d]{0,60}\Z"
)
_CLAUSE_ENDS_HERE = re.compile(r"[ \t\xa0]*(?:[.,;:!?)]|\Z)")
# A preposition right before the amount, a word between or not ("kan oplopen tot ruim 2
# miljoen zelfstandigen"): the amount is a level the clause's verb reaches, no object of an
# infinitive after it, and the word after it may be what it counts.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w\-])(?i:tot|naar|van|met|op|aan|voor|om|over|bij|uit|in|tegen|onder|boven|door"
    r"|rond)(?:[ \t\xa0]+[^\W\d_]+)?[ \t\xa0]+\Z"
)


# A bracket right after the word in "-en" that holds only a sum of money, a noun of its value
# or cost before it or not ("28 miljoen sneltesten (waarde € 91 mln)", "2 miljoen
# zelftesten (€ 12 mln)"): the value of what the figure counts, set beside it, so the word is
# the noun counted, not a verb the money is spent by, and the money its clause says is the
# bracket's, none of the figure's. Not where the word is a verb of money itself
# ("uitgeven", "investeren": ``MONEY_STEMS``), nor after a modal whose infinitive it may be
# ("moeten 2 miljoen ... (€ 1 mln)"); a part in the bracket ("(waarvan € 2 mln)") leaves
# the figure the whole.
_VALUED_ASIDE = re.compile(
    r"[ \t\xa0]*\([ \t\xa0]*(?:(?i:[^\W\d_]*(?:waarde|kosten|prijs|bedrag))[ \t\xa0]*:?[ \t\xa0]*)?"
    r"(?:(?i:ruim|circa|ca\.|ongeveer|bijna)[ \t\xa0]+)?"
    r"(?:[€$ƒ£][ \t\xa0]*\d[\d.,]*(?:[ \t\xa0]*[^\W\d_]+\.?)?"
    r"|\d[\d.,]*(?:[ \t\xa0]*[^\W\d_]+\.?)?[ \t\xa0]*(?i:euro|eur))[ \t\xa0]*\)"
)


def _infinitive_at_end(text: str, match: MoneyMatch, end: int) -> bool:
    """Whether the word in "-en" after a bare amount, ending at ``end``, ends its clause
    after a modal before the amount (``_MODAL_BEFORE``), the amount the object between
    them (no preposition before it: ``_PREPOSITION_BEFORE``): the modal's infinitive, a
    verb, not a noun the amount counts."""
    return (
        _CLAUSE_ENDS_HERE.match(text, end) is not None
        and _MODAL_BEFORE.search(text, max(0, match.start - 80), match.start) is not None
        and _PREPOSITION_BEFORE.search(text, max(0, match.start - 40), match.start) is None
    )


# Words before a bare amount that carry on a count printed before it in its sentence, its
# noun left out: a part of it ("waarvan", "van wie"), a year's figure beside it ("(2019:"),
# a figure set against it ("tegen", "dan", "of", "respectievelijk"), with at most two words
# between ("waarvan circa", "van wie naar schatting"); or a colon right after the count's
# words that opens its split ("5 miljoen reizigers: 2 miljoen in 2026"), a word of measure
# between or not ("reizigers: ruim 2 miljoen"), as a colon after a sum opens the sum's.
_GOES_ON = re.compile(
    r"""(?:(?:\b(?:waarvan|van[ \t\xa0]+wie|van[ \t\xa0]+welke|tegen|dan|of|respectievelijk
        |resp\.)
        |\([ \t\xa0]*(?:in[ \t\xa0]+)?(?:19|20)\d\d[ \t\xa0]*:)
        (?:[ \t\xa0]+(?-i:[a-z])[^\W\d_]*(?:['’][^\W\d_]+|\.)?){0,2}
        |:(?:[ \t\xa0]+(?:ruim|circa|ca\.|ongeveer|bijna|zo'n|naar[ \t\xa0]+schatting))?)
        [ \t\xa0]*\Z""",
    re.IGNORECASE | re.VERBOSE,
)
# The next item of a list of figures, right after one that carries on a count, the year the
# one before is "in" printed after it or not ("respectievelijk 1,2 miljoen en 1,3 miljoen",
# "2 miljoen in 2026 en 3 miljoen in 2027").
_NEXT_FIGURE = re.compile(
    r"(?:[ \t\xa0]+(?:in|voor)[ \t\xa0]+(?:19|20)\d\d)?"
    r"[ \t\xa0]*(?:,[ \t\xa0]*(?:en|of)|,|en|of)[ \t\xa0]+"
)
# A sentence's or a paragraph's end between a count and a later figure.
_SENTENCE_END = re.compile(r"[.!?;][ \t\xa0]*\n|[.!?;][ \t\xa0]+(?-i:[A-Z])|\n[ \t\xa0]*\n")
# A money noun in the place of the counted noun after a figure ("tegen 3 miljoen aan kosten",
# "waarvan 2 miljoen subsidie"): the figure is money, whatever it sets itself against.
_MONEY_NOUN_AFTER = re.compile(
    rf"[ \t\xa0]+(?:aan[ \t\xa0]+)?{_ADJECTIVES}[\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-])",
    re.IGNORECASE,
)


def _goes_on_counting(text: str, count: MoneyMatch, match: MoneyMatch) -> bool:
    """Whether a bare amount carries on the count ``count`` printed before it in its sentence,
    the counted noun left out ("ruim 10 miljoen varkens gedood, waarvan circa 7,8 miljoen
    ...", "61,7 miljard voertuigkilometers (2019: 70,4 miljard)", and the next figure of a
    list right after one that does: "respectievelijk 1,2 miljoen en 1,3 miljoen"): it counts
    what that count counts. Not where a sentence ends between them, where the words between
    print a currency or a word of money ("2 miljoen huishoudens betalen meer dan 3 miljard"),
    or where a money noun follows the amount ("tegen 3 miljoen aan kosten")."""
    before = text[count.end : match.start]
    if _NEXT_FIGURE.fullmatch(before) is None:
        goes_on = _GOES_ON.search(before) if len(before) <= REACH else None
        if goes_on is None:
            return False
        between = before[: goes_on.start()]
        if _SENTENCE_END.search(between) is not None:
            return False
        if any(map(between.lower().__contains__, MONEY_STEMS)):
            return False
    unit = UNIT_WORD.match(text, match.scale_at) if match.scale_at is not None else None
    return _MONEY_NOUN_AFTER.match(text, unit.end() if unit else match.end) is None


def _clauses_at_semicolons(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """``found`` with each series of figures after one sign joined by semicolons ("€ 0,35;
    0,6; 1,1 mld", sharing the unit printed after its last) taken apart where that unit
    counts a noun after it ("Het tarief is € 4,50; 2,5 miljoen huishoudens betalen het"):
    the semicolon ended a clause, the first figure is a sum on its own, as printed, and the
    figures after it count what the noun names (``_counts``), no money; the tariff was
    stored as € 4,5 mln and the count as euros."""
    kept: list[MoneyMatch] = []
    k = 0
    while k < len(found):
        first = found[k]
        k += 1
        if (
            first.scale_at is None
            or first.currency is None
            or text[first.end : first.end + 1] != ";"
        ):
            kept.append(first)
            continue
        last = k
        while last < len(found) and found[last].scale_at == first.scale_at:
            last += 1
        if not (
            last < len(found)
            and found[last].start < first.scale_at < found[last].end
            and _counts(text, found[last])
        ):
            kept.append(first)
            continue
        amount, _ = parse_quote(first.quote)
        kept.append(first._replace(amount_eur=amount, scale="units", scale_at=None))
        k = last + 1
    return kept


def money_among(
    text: str, found: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """The amounts of ``found`` that are money (``_is_money``), in order. A bare amount that
    carries on a count before it in its sentence (``_goes_on_counting``) counts what it
    counts: left out, said in ``rejected``, and itself a count the next one may carry on."""
    kept: list[MoneyMatch] = []
    count: MoneyMatch | None = None  # the last bare amount read as a count of a noun after it
    for match in _clauses_at_semicolons(text, found):
        if not _is_money(text, match, rejected):
            if match.bare and _counts(text, match):
                count = match
            continue
        if (
            count is not None
            and match.bare
            and coded_currency(text, match) is None
            and currency_named_before(text, match) is None
            and _goes_on_counting(text, count, match)
        ):
            rejected.append(
                (match.start, f"'{match.quote}': carries on the count '{count.quote}' before it, "
                              "its noun left out; not stored as euros")
            )  # fmt: skip
            count = match
            continue
        kept.append(match)
        count = None  # a figure after this money goes on with the money, not the count
    return kept


# The end of a sentence, a paragraph or a clause after a semicolon ("4 euro per maand; het
# raakt 2 miljoen klanten"), which bounds the words telling a count from money.
_OWN_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|;")
# A sum of money in millions or more, its currency printed ("€ 20 miljoen", "2 miljard euro",
# "ƒ 1,2 mld."): a bare "N miljoen" after it in its paragraph may be a part of it.
_SCALED_MONEY = re.compile(
    r"(?:[€$ƒ]|\beur\b|\beuro\b)[ \t\xa0]*\d[\d.,]*[ \t\xa0]*(?:miljoen|miljard|mln|mld)\b"
    r"|\d[\d.,]*[ \t\xa0]*(?:miljoen|miljard|mln\.?|mld\.?)[ \t\xa0]*(?:euro|dollar|gulden|eur)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")


def _says_money(text: str, match: MoneyMatch) -> bool:
    """Whether the bare amount's own sentence or clause prints a currency or a word of money
    (``MONEY_STEMS``; up to ``REACH`` after it), or its paragraph before it a sum of money
    in millions (``_SCALED_MONEY``, within ``CURRENCY_REACH``), which makes the word in "-en"
    after it a verb ("5 miljoen investeren", "€ 20 miljoen. Ruim 5 miljoen vloeien naar
    Venlo") or money rather than what it counts. A price or a word of money in another
    sentence says nothing of it ("De koers sloot op 7,50 euro. ... 16 miljoen klanten")."""
    begin = max(0, match.start - CURRENCY_REACH)
    own, window = _own_clause_span(text, match)
    if any(map(window.__contains__, MONEY_STEMS)):
        return True
    breaks = [end.end() for end in _PARAGRAPH_BREAK.finditer(text, begin, own)]
    return _SCALED_MONEY.search(text, breaks[-1] if breaks else begin, own) is not None


def _own_clause_span(text: str, match: MoneyMatch) -> tuple[int, str]:
    """Where the amount's own sentence or clause starts (within ``CURRENCY_REACH`` before
    it), and its text up to ``REACH`` after the amount, lowered."""
    begin = max(0, match.start - CURRENCY_REACH)
    ends = [end.end() for end in _OWN_CLAUSE_END.finditer(text, begin, match.start)]
    own = ends[-1] - 1 if ends else begin  # (a stop before a capital ends on the capital)
    after = _OWN_CLAUSE_END.search(text, match.end, match.end + REACH)
    return own, text[own : after.start() + 1 if after else match.end + REACH].lower()
