"""Writing an amount as the documents print it ("€ 75,5 mln."), for round-trip property tests."""

from __future__ import annotations

from decimal import Decimal

from budgetkit.extract.money_quotes import FACTORS


def _dutch_number(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, _, frac = f"{value.normalize():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + frac if frac else "")


def format_dutch(amount_eur: int, scale: str, style: str = "symbol") -> str:
    """Write ``amount_eur`` the way Dutch budget texts do, in ``scale``.

    Styles: "symbol" gives "€ 75,5 mln." (or "€ 1.000,-" in units), "words" gives
    "75,5 miljoen euro". Used by property tests: ``parse_quote(format_dutch(a, s)) == (a, None)``.
    """
    value = Decimal(amount_eur) / FACTORS[scale]
    number = _dutch_number(value)
    if style == "words":
        word = {
            "units": "",
            "duizend": "duizend ",
            "mln": "miljoen ",
            "mld": "miljard ",
            "biljoen": "biljoen ",
        }[scale]
        return f"{number} {word}euro"
    suffix = {
        "units": ",-",
        "duizend": " duizend",
        "mln": " mln.",
        "mld": " mld.",
        "biljoen": " biljoen",
    }[scale]
    return f"€ {number}{suffix}"
