"""Totals computed once at publish time, so overview queries do not scan every amount.

The database is immutable, so an aggregate over a million amounts can be stored instead
of recomputed on every request; the canned query "amounts per ministry and year" reads it.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

EUR = "EUR"

#: A Table Schema for this database-only table.
SCHEMA: dict[str, Any] = {
    "description": (
        "Euro amounts per ministry, year, basis and role, as stated: how many, in how many "
        "documents, their sum and the largest (money in another currency is never added). "
        "Different documents can state the same money, so a sum is a guide to where money "
        "is, not a budget total."
    ),
    "fields": [
        {"name": "ministry", "type": "string", "description": "Ministry (amounts.ministry)."},
        {"name": "year", "type": "integer", "description": "Budget year (amounts.year_from)."},
        {"name": "basis", "type": "string", "description": "amounts.basis."},
        {"name": "role", "type": "string", "description": "amounts.role."},
        {"name": "amounts", "type": "integer", "description": "Number of amounts."},
        {"name": "documents", "type": "integer", "description": "Documents they stand in."},
        {"name": "stated_sum_eur", "type": "integer", "description": "Their sum.", "unit": EUR},
        {"name": "largest_eur", "type": "integer", "description": "The largest.", "unit": EUR},
    ],
}

FILL = """
insert into amount_totals
select ministry, year_from, basis, role, count(*), count(distinct document_id),
       sum(amount_eur), max(amount_eur)
from amounts
where currency = 'EUR'
group by ministry, year_from, basis, role
order by ministry, year_from, basis, role
"""


def fill_amount_totals(db: sqlite_utils.Database) -> None:
    with db.conn:
        db.execute(FILL)
