"""Totals computed once at publish time, so overview queries do not scan every amount.

The database is immutable, so an aggregate over a million amounts can be stored instead
of recomputed on every request; the canned query "amounts per ministry and year" reads it.
The table's Table Schema is ``schemas/amount_totals.json``.
"""

from __future__ import annotations

import sqlite_utils

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
