"""Amounts said as speech says them: "een ton", "twee mille", "50 eurocent", "een tientje".

Each of these words is money only where the words around it say so ("drie ton CO2" is a
weight); the passes here find them outside the amounts found already and say when they are
money.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from budgetkit.extract.amounts_counts import MONEY_STEMS
from budgetkit.extract.amounts_currencies import FOREIGN_WORDS
from budgetkit.extract.money_grammar import NUMBER, ROUGHLY
from budgetkit.extract.money_nouns import MONEY_AFTER_AMOUNT
from budgetkit.extract.money_quotes import MILLE, MoneyMatch, cents_value, mille_value, ton_value
from budgetkit.extract.money_words import word_number
from budgetkit.sources import SourceDocument
from budgetkit.textmodel import TextModel, occurrences

# "ton" is a hundred thousand euros in Dutch money talk and a tonne everywhere else ("drie
# ton CO2"). A number and "ton" is money only where the words say so: "euro" after it ("een
# ton euro"), money or a word of cost after it ("drie ton subsidie", "twee ton aan steun",
# "vier ton duurder"; a word of more or less between: "anderhalve ton minder subsidie"), a
# sum of money before it ("een subsidie van anderhalve ton"), a verb of cost before it ("kost
# tweeëneenhalve ton") or of paying around it in its clause ("twee ton te veel is
# gedeclareerd", "betalen samen twee ton"), or a sum of money its sentence prints before
# a number in words in tons ("Een kwart miljard voor 650 scholen, dat is nog geen vier ton
# per school"), or an estimate or a change of it in a paragraph printing money ("... ruim
# N ton per jaar ...", ``_ESTIMATE_BEFORE_TON``); and never where the sentence speaks
# of matter that is weighed, unless "euro" or money follows that very "ton" (each "ton" of a
# sentence is read by the words right after it).
# (found from each "ton" standing alone: the number before it, "euro" after it)
# ("een halve ton", "een kwart ton": the article is a part of the number, as in "een half
# miljard"; the words before it are read as those before any number of tons)
_TON_NUMBER = re.compile(
    r"(?<![\w,.])(?P<n>\d+(?:,\d+)?|[Ee]en[ \t\xa0]+(?:half|halve|kwart)|[^\W\d_]+)[ \t\xa0]+\Z"
)
_TON_END = re.compile(
    r"(?i:ton)(?![\w\-])(?P<about>[ \t\xa0]+of[ \t\xa0]+(?:[^\W\d_]+|\d{1,2})(?![\w\-]))?"
    r"(?P<euro>[ \t\xa0]+(?i:euro)(?![\w\-]))?"
)
_MONEY_AFTER_TON = re.compile(
    r"[ \t\xa0]+(?:(?i:extra|minder|meer)[ \t\xa0]+)?(?:aan[ \t\xa0]+)?"
    rf"(?i:subsidie|steun|budget|bijdrage|geld|belastinggeld"
    rf"|schade|winst|omzet|{MONEY_AFTER_AMOUNT})(?![\w\-])"
)
# A word of cost right after a number of tons: a comparative of price ("wordt ruim vier ton
# duurder", "valt twee ton goedkoper uit") or a cost after a word of more or less ("drie ton
# meer kosten", "een ton minder kostte"): a price rises or falls by money, and a weight is
# heavier or lighter ("vier ton zwaarder"). Read from the very "ton", as ``_MONEY_AFTER_TON``:
# a noun between names the matter weighed ("twee ton CO2 duurder"); a bare "kost" after the
# tons may have them as its subject ("het storten van twee ton kost € 300").
_COST_AFTER_TON = re.compile(
    r"[ \t\xa0]+(?i:duurder|goedkoper"
    r"|(?:meer|minder|extra)[ \t\xa0]+(?:kost|kosten|kostte|kostten))(?![\w\-])"
)
_SUM_BEFORE_TON = re.compile(
    r"\b(?i:(?:[^\W\d_]*(?:bedrag|subsidie|bijdrage|budget|schade|boete|tekort|kosten|investering"
    r"|uitkering|vergoeding|lening|premie|som|salaris|bonus|overschot|winst|verlies))[ \t\xa0]+van"
    r"|kost|kostte|kostten)[ \t\xa0]+(?:(?i:ruim|bijna|circa|ongeveer|zo['’]n|maximaal|minimaal"
    r"|hooguit|krap|maar liefst)[ \t\xa0]+)?\Z"
)
_PAID_WORDS = (
    r"(?i:gedeclareerd|uitgegeven|betaald|opgehaald|bespaard|bezuinigd|gekost"
    r"|bijgedragen|ontvangen|geïnvesteerd|gereserveerd|begroot|overgemaakt|uitgekeerd|verstrekt"
    r"|toegekend|terugbetaald|teruggevorderd|gedoneerd|geschonken"
    # made available, as budgets are: "is twee ton beschikbaar gesteld", "ter beschikking
    # gesteld" (a stock that merely is "beschikbaar" may be weighed: "twee ton zout")
    r"|beschikbaar[ \t\xa0]+gesteld|ter[ \t\xa0]+beschikking[ \t\xa0]+gesteld)\b"
)
_PAID_AFTER_TON = re.compile(rf"[^.;:!?()\d]{{0,40}}?\b{_PAID_WORDS}")


# A separable verb of spending around a number of tons, its particle right after them or
# after a word of more ("extra", "meer"): "de gemeente trekt anderhalve ton uit voor ...",
# "steekt twee ton in het project", "legt een halve ton extra in voor ...", "gaf drie ton
# uit", "legt een ton bij", "droeg vier ton bij": money is allocated, spent or added,
# and nothing weighed is so (the finite verb before the tons, in their clause). "Uit", "bij"
# and "in" are the verb's particle where the clause ends after them or the purpose follows
# ("uit voor", "bij om", "in voor"); before a noun they are a preposition ("trekt twee ton
# uit de put", "legt twee ton in de schuur"), and only money is put "in" a thing by "steken"
# and "stoppen" ("steekt twee ton in het project": the group "into").
_SPENT_PARTICLE = re.compile(
    r"(?:[ \t\xa0]+(?:extra|meer))?[ \t\xa0]+(?:(?P<p>in|uit|bij)(?=[ \t\xa0]*(?:[.,;:!?)]|\Z)"
    r"|[ \t\xa0]+(?:voor|om|aan|in|ten)(?![\w\-]))|(?P<into>in))(?![\w\-])"
)
_SPENDING_VERBS = {
    "uit": "trekt|trok|trokken|trekken|geeft|gaf|gaven|geven",
    "in": "steekt|stak|staken|steken|stopt|stopte|stopten|stoppen|legt|legde|legden|leggen",
    "into": "steekt|stak|staken|steken|stopt|stopte|stopten|stoppen",
    "bij": "legt|legde|legden|leggen|draagt|droeg|droegen|dragen",
}
_SPENDING_BEFORE = {
    particle: re.compile(rf"(?<![\w\-])(?i:{verbs})(?![\w\-])[^.;:!?()\d]{{0,60}}\Z")
    for particle, verbs in _SPENDING_VERBS.items()
}


def _spent_as_tons(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the tons ``text[start:end]`` stand between a separable verb of spending and its
    particle (``_SPENDING_VERBS``), in their sentence from ``s_start``."""
    particle = _SPENT_PARTICLE.match(text, end)
    return particle is not None and (
        _SPENDING_BEFORE[particle.group("p") or "into"].search(
            text, max(s_start, start - 80), start
        )
        is not None
    )


# A finite verb of paying, investing or costing before a number of tons in its clause, the
# tons its object: "de gemeenten betalen samen nog eens twee ton", "het Rijk investeert dit
# jaar anderhalve ton", "een rechter kost gemiddeld ruim anderhalve ton per jaar": money is
# paid or costs, nothing weighed is so. Only words between them, no preposition ("betaalt
# voor de verwerking van twee ton": the tons are what is paid for), and no noun after the
# tons (``_NO_MATTER_AFTER_TON``: "betalen twee ton mest", "kost twee ton zand" weigh).
_PAYING_BEFORE = re.compile(
    r"(?<![\w\-])(?i:betaalt|betaalde|betaalden|betalen|investeert|investeerde|investeerden"
    r"|investeren|kost|kostte|kostten|kosten)"
    r"(?:[ \t\xa0]+(?!(?i:van|voor|per|op|met|over|bij|aan|uit|om|in|naar|tot"
    r"|onder|door|tegen)(?![\w\-]))[^\W\d_]+){0,5}[ \t\xa0]+\Z"
)


# A finite verb of receiving before a number of tons in its clause, the tons its object, as
# ``_PAYING_BEFORE`` reads a verb of paying: "de gemeente krijgt daarnaast twee ton voor een
# dorpshuis", "de stichting ontving anderhalve ton". Receiving says no money alone (a yard
# gets two tons of sand), so it is money only in money talk (``_in_money_talk``: a paragraph
# printing money and weighing nothing) and with no matter after the tons or in the
# sentence's other tons.
_RECEIVING_BEFORE = re.compile(
    r"(?<![\w\-])(?i:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen)"
    r"(?:[ \t\xa0]+(?!(?i:van|voor|per|op|met|over|bij|aan|uit|om|in|naar|tot"
    r"|onder|door|tegen)(?![\w\-]))[^\W\d_]+){0,5}[ \t\xa0]+\Z"
)


# "het doen met" and a number of tons ("het Koninklijk Huis moet het met een ton minder
# doen", "de school kan het met twee ton extra stellen", "met een halve ton moeten
# rondkomen"): a budget made do with, as "het" and the verb say of what one lives on;
# nothing weighed is made do with so. Only "het", words between or none, and "met" right
# before the tons; only a word of more or less, a modal or none between them and the verb
# (a noun there names the matter: "het met een ton minder mest doen").
_MAKE_DO_WITH = re.compile(
    r"(?<![\w\-])(?i:het)(?:[ \t\xa0]+[^\W\d_]+){0,3}?[ \t\xa0]+(?i:met)[ \t\xa0]+\Z"
)
_MAKE_DO_AFTER = re.compile(
    r"(?:[ \t\xa0]+(?i:minder|meer|extra))?(?:[ \t\xa0]+(?i:moeten|kunnen|zullen|willen))?"
    r"[ \t\xa0]+(?i:doen|stellen|rondkomen|toekomen|redden)(?![\w\-])"
)


# After a number of tons, what a share of a sum of money is followed by: a clause's end or a
# word that names nothing weighed ("vier ton per school", "twee ton extra"); a noun there
# names the matter weighed ("vier ton cocaïne", "drie ton asbest"), whatever money the
# sentence spends.
_NO_MATTER_AFTER_TON = re.compile(
    r"\s*(?:[.,;:!?)\]–-]|\Z|(?i:per|voor|extra|meer|minder|is|was|wordt|werd|zijn"
    r"|waren|en|of|om|bij|naar|op|in|uit|beschikbaar|nodig|gaat|gaan|ging|kost|kostte)(?![\w\-]))"
)
# What may follow a number of tons before the participle ``_PAID_AFTER_TON`` reads: the
# participle itself, or a word that names nothing weighed (``_NO_MATTER_AFTER_TON``, or a
# preposition or adverb: "twee ton door de provincie betaald", "een ton al uitgegeven"). A
# noun there names the matter weighed, whatever is done with it: "is twee ton strooizout
# beschikbaar gesteld", "drie ton zout ter beschikking gesteld".
_NO_MATTER_BEFORE_PAID = re.compile(
    rf"{_NO_MATTER_AFTER_TON.pattern}|[ \t\xa0\n]+(?:(?i:door|aan|ter|via|als|tot|over|al|nog|ook"
    r"|daarvoor|hiervoor|inmiddels|reeds|gisteren|vorig|dit|dat|het|de|te|niet|wel)(?![\w\-])"
    rf"|(?={_PAID_WORDS}))"
)
_WEIGHED = re.compile(
    r"\b(?i:co2|co₂|uitstoot|emissie|afval|stikstof|ammoniak|fosfaat|waterstof|staal|zand"
    r"|grondstof|graan|voedsel(?!bank)|vracht|lading|gewicht|kilo(?!met)|olie|gas(?!t)|hout(?!en\b)"
    r"|mest|plastic)"
    # (the start of a word: "afvalstoffen", "gasprijs"; not "kilometer", "gastouder",
    # "gastvrij", "houten", "voedselbank", whose first letters are no matter weighed)
    # the verb of weighing in its forms that are no other word: "wegen" is also roads ("het
    # onderhoud van wegen kost twee ton") and "gewogen" a weighted mean's ("het gewogen
    # gemiddelde")
    r"|\b(?i:weegt|woog|wogen)\b"
)


# A number of tons said as an estimate ("ruim N ton", "bijna N ton", "gemiddeld zo'n N
# ton") or as a change ("N ton extra nodig", "een ton of N minder"), no matter after it,
# in a paragraph that prints money and weighs nothing: money talk rounds the sums it
# speaks of to tons ("... ruim N ton per jaar ...", "een <noun> van ruim N ton voor de
# <noun>", the paragraph's other sums in euros or guilders), while a weight so rounded
# names its matter ("ruim N ton <stof>") or stands among words of weighing or a price per
# ton ("... ruim N ton per hectare, € X per ton"). Bounds are no such words ("<noun>
# boven N ton", "maximaal N ton": limits of weight), nor is a figure of three digits or
# more ("ruim NNN ton": no sum is said in hundreds of tons).
_ESTIMATE_BEFORE_TON = re.compile(
    rf"(?<![\w\-])(?:{ROUGHLY}|(?i:krap|pakweg|ruwweg|naar[ \t\xa0]+schatting"
    r"|maar[ \t\xa0]+liefst))[ \t\xa0]+\Z"
)
_CHANGE_AFTER_TON = re.compile(r"[ \t\xa0\n]+(?i:extra|minder|meer)(?![\w\-])")
# A number of tons as a sum per year, month or quarter ("gaat het om drie ton per jaar", "met
# een ton per jaar verhogen"): money talk states its budgets as yearly sums, rounded to tons,
# as it states an estimate (``_ESTIMATE_BEFORE_TON``), in a paragraph printing money and
# weighing nothing; a weight per span names its matter or its weighing there. A share over
# land, heads or those who get it ("vier ton per hectare", "0,07 ton per inwoner", "vier ton
# per school") says no time and is left to the other readings.
_YEARLY_AFTER_TON = re.compile(
    r"[ \t\xa0\n]+(?i:per)[ \t\xa0\n]+(?i:jaar|maand|kwartaal)(?![\w\-])"
)
# A bare noun after the span, introduced by "aan" or "van" ("drie ton per jaar aan
# restafval", "twee ton per maand van het zout" has an article and names a payer or a
# recipient instead: "een ton per jaar aan de vereniging"): the matter weighed, unless it is
# a word of money (``_MONEY_AFTER_TON``: "een ton per jaar aan subsidie").
_MATTER_AFTER_SPAN = re.compile(
    r"[ \t\xa0\n]+(?i:aan|van)[ \t\xa0\n]+(?!(?i:de|het|een|die|dat|deze|dit|onze|ons|hun|zijn"
    r"|haar|elke|iedere|ieder|alle|extra)(?![\w\-]))[^\W\d_]"
)
# A price per ton in the paragraph ("€ X per ton", "per <woord> ton", "/ton"): its tons weigh.
_PRICED_PER_TON = re.compile(r"(?i:per[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?ton|/[ \t\xa0]?ton)\b")
# The euro printed in a paragraph that holds no sum: a unit declaration of the figures it
# speaks of ("(bedragen x € 1.000)", "in miljoenen euro's"), a price: the paragraph speaks
# of money all the same.
# Not an engine's emission class, "Euro 6", "Euro-VI" ("De bus rijdt op Euro 6-diesel").
_EURO_PRINTED = re.compile(
    r"€|(?<![^\W\d_])(?i:euro)(?:['’]?s)?(?![^\W\d_])(?![ \t\xa0-]*(?:\d|[IVX]+(?![\w])))"
)
# A paragraph's end: a blank line.
_PARAGRAPH_END = re.compile(r"\n[ \t\xa0]*\n")
# How far around the tons their paragraph is read for money and weighing: a paragraph as a
# reader holds it in view, not a long text printed without blank lines.
_PARAGRAPH_REACH = 600


def _matter_in_tons(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the ``sentence`` (its span) names a matter in tons elsewhere than at the tons
    ``text[start:end]``: another number of tons with a noun after it that is no money ("N
    ton <stof> ... en bijna een ton extra"); the sentence then weighs that matter, and
    its other tons, estimated or changed, are more of it."""
    s_start, s_end = sentence
    for at in occurrences(text[s_start:s_end], "ton"):
        at += s_start
        if start <= at < end or text[at - 1 : at] not in (" ", "\t", "\xa0"):
            continue
        tail = _TON_END.match(text, at)
        if (
            tail is None
            or tail.group("euro")
            or _TON_NUMBER.search(text, max(0, at - 40), at) is None
        ):
            continue
        if not (
            _NO_MATTER_AFTER_TON.match(text, tail.end())
            or _MONEY_AFTER_TON.match(text, tail.end())
            or _COST_AFTER_TON.match(text, tail.end())
        ):
            return True
    return False


def _per_span_of_no_matter(text: str, end: int) -> bool:
    """Whether the tons ending at ``end`` are a sum per year, month or quarter
    (``_YEARLY_AFTER_TON``) that no word of change after the span turns into a matter ("twee
    ton per maand minder zout": the salt is weighed; "een ton per jaar extra." names none),
    nor a bare noun after "aan" or "van" (``_MATTER_AFTER_SPAN``: "per jaar aan restafval")."""
    yearly = _YEARLY_AFTER_TON.match(text, end)
    if yearly is None:
        return False
    if _MATTER_AFTER_SPAN.match(text, yearly.end()) and not _MONEY_AFTER_TON.match(
        text, yearly.end()
    ):
        return False  # "drie ton per jaar aan restafval": the matter weighed
    change = _CHANGE_AFTER_TON.match(text, yearly.end())
    return change is None or _NO_MATTER_AFTER_TON.match(text, change.end()) is not None


def _rounded_in_money_talk(
    text: str, start: int, end: int, number: str, sums: list[int], sentence: tuple[int, int]
) -> bool:
    """Whether the tons ``text[start:end]`` (``number`` of them) are said as an estimate or a
    change (``_ESTIMATE_BEFORE_TON``), no matter after them nor in another number of tons of
    their ``sentence`` (its span), in money talk (``_in_money_talk``)."""
    if number[:1].isdigit() and len(number.partition(",")[0]) > 2:
        return False  # "ruim NNN ton": a weight, no sum
    if _matter_in_tons(text, start, end, sentence):
        return False  # "N ton <stof> ... en bijna een ton extra": more of that matter
    change = _CHANGE_AFTER_TON.match(text, end)
    if change is not None:
        said = _NO_MATTER_AFTER_TON.match(text, change.end()) is not None
    else:
        said = _per_span_of_no_matter(text, end) or (
            _ESTIMATE_BEFORE_TON.search(text, max(0, start - 30), start) is not None
            and _NO_MATTER_BEFORE_PAID.match(text, end) is not None
        )
    return said and _in_money_talk(text, start, end, sums)


def _in_money_talk(text: str, start: int, end: int, sums: list[int]) -> bool:
    """Whether the tons ``text[start:end]`` stand in a paragraph printing money (``sums``: the
    starts of the amounts kept as money, in text order; or the euro, ``_EURO_PRINTED``) and
    weighing nothing, neither a matter nor a price per ton; tons inside a quotation in a
    paragraph printing no money are read with the paragraph before it (a news text's quote
    speaks of the money it names)."""
    breaks = list(_PARAGRAPH_END.finditer(text, max(0, start - _PARAGRAPH_REACH), start))
    first = breaks[-1].end() if breaks else max(0, start - _PARAGRAPH_REACH)
    after = _PARAGRAPH_END.search(text, end, end + _PARAGRAPH_REACH)
    last = after.start() if after else min(len(text), end + _PARAGRAPH_REACH)
    if breaks and _quoted(text[first:start]) and not _prints_money(text, first, last, sums):
        # a quote in a paragraph printing no money speaks of the money the paragraph before
        # names (a news text): read with that one, as far
        before = breaks[-1].start()
        earlier = list(_PARAGRAPH_END.finditer(text, max(0, before - _PARAGRAPH_REACH), before))
        first = earlier[-1].end() if earlier else max(0, before - _PARAGRAPH_REACH)
    return (
        _prints_money(text, first, last, sums)
        and _WEIGHED.search(text, first, last) is None
        and _PRICED_PER_TON.search(text, first, last) is None
    )


def _prints_money(text: str, first: int, last: int, sums: list[int]) -> bool:
    """Whether ``text[first:last]`` prints money: an amount kept as money (``sums``, their
    starts in text order) or the euro (``_EURO_PRINTED``)."""
    return (
        bisect_left(sums, last) > bisect_left(sums, first)
        or _EURO_PRINTED.search(text, first, last) is not None
    )


def _quoted(head: str) -> bool:
    """Whether the end of ``head`` (its paragraph up to the tons) stands inside a quotation:
    an odd count of straight double quotes, or an opening curly quote after the last closing
    one."""
    opened = max(head.rfind("„"), head.rfind("“"))
    return head.count('"') % 2 == 1 or opened > head.rfind("”")


# A figure and "eurocent" after it ("een stijging van 42 eurocent", "1,5 eurocent per
# kWh"): hundredths of a euro, stored in euros. The money reader reads no such word (it is
# neither a scale nor a currency word), so each is found from its "eurocent", the figure
# right before it. (The word is found from its "c", one character in a hundred, which the
# regex engine's scan skips to: a search for the eight characters takes a third longer.)
# A figure and "cent" alone after it as the price of a unit ("een gasprijs van 20 cent per
# m³", "de accijns stijgt 5 cent per liter") is a hundredth of the money the text counts in:
# euros, or guilders in a text of guilders (its currency is the one its sentence or document
# implies, as for a bare amount); a sentence naming another currency, guilders included ("de
# olie kost 60 dollar per vat, 20 cent per liter meer") may count it in that one's cents:
# refused, never stored as euros. So is a figure and "cent" with a comparative of price after
# it ("een pakje sigaretten wordt 15 cent duurder", "5 cent goedkoper"), or with a word of more
# or less before "per" ("5 cent meer per liter"): a price rises or falls by cents. Without
# either after it the cents are left as before ("daalt met 2,65 cent naar € 0,1016 per kWh":
# which money's cents the words do not say). ("procent", "dollarcent" are other words.)
# "ct", the abbreviation of "cent" ("40 ct/kWh", "145 ct per m³"), is "cent" alone: read only
# as a price's cents, "per" or a slash and a unit after it.
_CENTS_WORD = re.compile("c(?:(?<=euroc)|(?<![\\w\\-]c))ent|c(?<![\\w\\-]c)(?=t(?![\\w\\-]))")
# The figure may end the line above its word ("(18,6⏎cent per m³)"): a line break is a space.
_CENTS_NUMBER = re.compile(rf"(?<![\w,.])(?P<n>{NUMBER})(?:[ \t\xa0]+|[ \t\xa0]*\n[ \t\xa0]*)\Z")
_CENTS_END = re.compile(r"(?:euro)?cents?(?![\w\-])|ct\.?(?![\w\-])")
# "per" and a unit after "cent" alone, or a slash and a unit glued to it: the cents of a
# price ("20 cent per m³", "40 ct/kWh"); a word of more or less before "per" ("5 cent meer per
# liter"), or a comparative of price alone ("15 cent duurder"): a price's change.
_PRICE_AFTER = re.compile(
    r"(?:[ \t\xa0]+(?i:meer|minder|extra|duurder|goedkoper))?[ \t\xa0]+per[ \t\xa0]+[^\W\d_]"
    r"|/[^\W\d_]|[ \t\xa0]+(?i:duurder|goedkoper)(?![\w\-])"
)
# A currency other than the euro named in a sentence: a sign, a word (the hundredths of
# one too: "pence", "penny", "dollarcent"), a code.
_OTHER_MONEY = re.compile(
    rf"[$£ƒ¥]|\b(?i:dollars?|dollarcents?|pond(?:en)?|pence|penny|guldens?|yen"
    rf"|{FOREIGN_WORDS})\b"
    r"|\b(?:USD|GBP|NLG|CHF|JPY|CNY|US)\b"
)


def _other_money_near(model: TextModel, start: int, end: int) -> bool:
    """Whether the sentence of text[start:end], or its paragraph before it (the sentence "dat"
    or "per liter" refers back to: "90 dollar per vat. Dat is 10 cent per liter meer.", and
    the prices a paragraph goes on about: "daalt van US$ 1,58 naar US$ 1,46. Dat is 12 cent
    per liter. Diesel wordt 9 cent per liter goedkoper."; as far as a reader holds it in
    view, ``_PARAGRAPH_REACH``), names a currency other than the euro."""
    text = model.text
    s_start, s_end = model.sentence_span(start, end)
    before = model.sentence_span(s_start - 1, s_start)[0] if s_start > 0 else s_start
    reach = min(before, max(0, start - _PARAGRAPH_REACH))
    breaks = list(_PARAGRAPH_END.finditer(text, reach, start))
    scope = breaks[-1].end() if breaks else reach
    return _OTHER_MONEY.search(text, scope, s_end) is not None


def spoken_cents(
    model: TextModel, taken: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """Amounts in cents outside the amounts found already, in euros ("42 eurocent" is 0,42
    euro) or, "cent" alone, in the currency the amount's context implies (``_CENTS_WORD``)."""
    text = model.text
    found = []
    for word in _CENTS_WORD.finditer(text):
        euro = text[word.start() - 4 : word.start()] == "euro"
        at = word.start() - 4 if euro else word.start()
        head = _CENTS_NUMBER.search(text, max(0, at - 30), at)
        tail = _CENTS_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "de eurocent", "eurocenten": no figure of cents
        start, end = head.start(), tail.end()
        if any(t.start < end and start < t.end for t in taken):
            continue
        quote = text[start:end]
        amount = cents_value(quote)
        if amount is None:
            continue
        if not euro:
            if _PRICE_AFTER.match(text, end) is None:
                continue
            if _other_money_near(model, start, end):
                rejected.append(
                    (start, f"'{quote}': cents of the euro or of the other currency its "
                            "sentence or the one before names? Not stored")
                )  # fmt: skip
                continue
        found.append(
            MoneyMatch(start, end, quote, amount, None, "units", False, "EUR" if euro else None)
        )
    return found


# A number and "mille" after it ("veertig mille", "2,5 mille"): a thousand, as money is
# spoken; "pro mille" is per thousand (no number stands right before its "mille"). The
# money reader reads no such word, so each is found from its "mille".
_MILLE_NUMBER = re.compile(r"(?<![\w,.])(?P<n>\d+(?:,\d+)?|[^\W\d_]+)[ \t\xa0]+\Z")
_MILLE_END = re.compile(r"(?i:mille)(?![\w\-])")
# "mille" itself, as ``occurrences`` finds it: the regex engine skips to a literal of five
# common letters in two thirds of the time ``str.find`` takes over the whole text.
_MILLE = re.compile("mille")


def spoken_milles(
    model: TextModel, taken: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """Amounts in thousands said "mille", outside the amounts found already (``taken``),
    where the words say money: a word of money in the sentence (``MONEY_STEMS``, "kost al
    snel veertig mille per jaar"), as for "een tientje", and one mille at least. A "mille"
    is also a per mille ("het tarief is 0,8 mille", "1,5 mille van de WOZ-waarde"): a
    figure below one is a rate and left, and one in a sentence saying no money is said in
    ``rejected``."""
    text = model.text
    found = []
    lower = [m.start() for m in _MILLE.finditer(text)]
    for at in sorted([*lower, *occurrences(text, "Mille", 0)]):
        head = _MILLE_NUMBER.search(text, max(0, at - 40), at)
        tail = _MILLE_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "pro mille", "millennium": no number of thousands
        start, end = head.start(), tail.end()
        if any(t.start < end and start < t.end for t in taken):
            continue
        quote = text[start:end]
        amount = mille_value(quote)
        if amount is None or amount < MILLE:
            continue  # "0,8 mille": a rate per thousand, no thousands
        s_start, s_end = model.sentence_span(start, end)
        sentence = text[s_start:s_end].lower()
        if not any(map(sentence.__contains__, MONEY_STEMS)):
            rejected.append(
                (start, f"'{quote}': thousands of euros or per mille? The words around it do "
                        "not say; not stored")
            )  # fmt: skip
            continue
        found.append(MoneyMatch(start, end, quote, amount, None, "units", False))
    return found


# "een tientje": ten euros in money talk since the euro (ten guilders before it). Money only
# where the words say so: a word of more or less right after it ("een tientje meer", "een
# tientje per maand", "een tientje duurder") or a word of money in its sentence ("dat kost
# een tientje"); in a document published before 2002, or of no known date, it may be ten
# guilders: refused with a warning. ("tientjes", "een paar tientjes": no number.)
_TIENTJE = re.compile(r"(?<![\w\-])[Ee]en[ \t\xa0]+tientje(?![\w\-])")
# The word anywhere, found from its "j" (one character in a hundred), which the regex
# engine's scan skips to: a search for the seven characters takes twice as long.
_TIENTJE_WORD = re.compile("j(?<=tientj)e")
_MORE_AFTER = re.compile(
    r"[ \t\xa0]+(?:meer|minder|extra|erbij|duurder|goedkoper|per[ \t\xa0]+(?:maand|week|jaar|dag))"
    r"(?![\w\-])"
)
_EURO_SINCE = 2002


def spoken_tientjes(
    doc: SourceDocument, taken: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """ "een tientje" where the words say money (``_TIENTJE``), outside the amounts found
    already (``taken``), as ten euros."""
    text = doc.text
    if _TIENTJE_WORD.search(text) is None:
        return []  # most documents: skip the scan
    published = re.match(r"\d{4}", str(doc.meta.get("published") or ""))
    found = []
    for m in _TIENTJE.finditer(text):
        start, end = m.span()
        if any(t.start < end and start < t.end for t in taken):
            continue
        s_start, s_end = doc.model.sentence_span(start, end)
        sentence = text[s_start:s_end].lower()
        if not _MORE_AFTER.match(text, end) and not any(map(sentence.__contains__, MONEY_STEMS)):
            continue  # "een tientje voor wiskunde": a mark, no money
        if published is None or int(published.group()) < _EURO_SINCE:
            rejected.append(
                (start, f"'{m.group()}': ten euros or ten guilders, the document's time unknown "
                        "or before the euro; not stored")
            )  # fmt: skip
            continue
        found.append(MoneyMatch(start, end, m.group(), 10, None, "units", False, "EUR"))
    return found


def spoken_tons(
    model: TextModel,
    taken: list[MoneyMatch],
    kept: list[MoneyMatch],
    rejected: list[tuple[int, str]],
) -> list[MoneyMatch]:
    """Amounts in tons where the words around them say money, outside the
    amounts found already (``taken``; ``kept``: those of them that are money, in text
    order); quoted with "euro" when it follows ("een ton euro"). A number of tons in words
    that neither says ("het project kreeg twee ton") is said in ``rejected``."""
    text = model.text
    found = []
    sums = [m.start for m in kept]
    # ("Ton" from its capital: rarer than one in a thousand characters, found sooner alone)
    for at in sorted([*occurrences(text, "ton"), *occurrences(text, "Ton", 0)]):
        if text[at - 1 : at] not in (" ", "\t", "\xa0"):
            continue  # "toont", "Stonden": the number's white space stands right before it
        head = _TON_NUMBER.search(text, max(0, at - 40), at)
        tail = _TON_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "toont", "per ton": no number of tons
        start, end, number = head.start(), tail.end(), head.group("n")
        if (number[:1].isalpha() and word_number(number) is None) or any(
            t.start < end and start < t.end for t in taken
        ):
            continue  # "een paar ton", "miljoen ton": no number of tons
        s_start, s_end = model.sentence_span(start, end)
        said = (
            tail.group("euro")
            or _MONEY_AFTER_TON.match(text, end)
            or _COST_AFTER_TON.match(text, end)
        )
        if not said and _WEIGHED.search(text, s_start, s_end):
            continue  # "drie ton CO2": tonnes ("twee ton euro", "zes ton subsidie", "vier ton
            # duurder" say money where they stand, whatever the sentence weighs elsewhere:
            # "1.200 ton fosfaat")
        quote = text[start:end]
        money = (
            said
            or _SUM_BEFORE_TON.search(text, max(s_start, start - 60), start)
            or (
                _PAID_AFTER_TON.match(text, end, s_end) is not None
                and _NO_MATTER_BEFORE_PAID.match(text, end) is not None
            )
            or _spent_as_tons(text, start, end, s_start)
            or (  # "de gemeenten betalen samen nog eens twee ton;"
                _PAYING_BEFORE.search(text, max(s_start, start - 80), start) is not None
                and _NO_MATTER_AFTER_TON.match(text, end) is not None
            )
            or (  # "de gemeente krijgt twee ton voor een dorpshuis", amid money
                _RECEIVING_BEFORE.search(text, max(s_start, start - 80), start) is not None
                and _NO_MATTER_AFTER_TON.match(text, end) is not None
                and not _matter_in_tons(text, start, end, (s_start, s_end))
                and _in_money_talk(text, start, end, sums)
            )
            or (  # "moet het met een ton minder doen": a budget made do with
                _MAKE_DO_WITH.search(text, max(s_start, start - 40), start) is not None
                and _MAKE_DO_AFTER.match(text, end) is not None
            )
            or _rounded_in_money_talk(text, start, end, number, sums, (s_start, s_end))
            or (  # "een kwart miljard ..., dat is nog geen vier ton per school"
                number[:1].isalpha()
                and bisect_left(sums, start) > bisect_left(sums, s_start)
                and _NO_MATTER_AFTER_TON.match(text, end) is not None
            )
        )
        amount = ton_value(quote) if money else None
        if amount is None and money and tail.group("about"):
            # "een ton of meer": a ton, "of" counting nothing of it
            end = tail.start("about")
            quote = text[start:end]
            amount = ton_value(quote)
        if amount is None and number[:1].isalpha():
            rejected.append(
                (start, f"'{quote}': a hundred thousand euros or tonnes? The words around it "
                        "do not say; not stored")
            )  # fmt: skip
        elif amount is not None:
            found.append(
                MoneyMatch(start, end, quote, amount, None, "units", False,
                           "EUR" if tail.group("euro") else None)
            )  # fmt: skip
    return found
