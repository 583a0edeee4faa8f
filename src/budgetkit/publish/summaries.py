"""Totals computed once at publish time, so overview queries do not scan every amount.

The database is immutable, so an aggregate over a million amounts can be stored instead
of recomputed on every request: the canned query "amounts per ministry and year" reads
``amount_totals``, the money-per-year charts read ``chart_amounts`` (their Table Schemas
are in ``schemas/``). On a million amounts the charts' query took longer than the site's
SQL time limit; from ``chart_amounts`` it reads a few thousand rows.
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


#: What a chart may add up: euro amounts of measures (a part is inside a measure, a total
#: sums measures, context is background), stated per year with a year (a total over a
#: period, a structural or cumulative amount is not money of one year), not ranges (their
#: lower bound is not the amount); and only within one document (two documents can state
#: the same money), so the sums are per document.
FILL_CHART = """
insert into chart_amounts
select a.ministry, a.year_from, a.document_id, d.title, count(*), sum(a.amount_eur)
from amounts a
join documents d on d.document_id = a.document_id
where a.currency = 'EUR' and a.role = 'measure' and a.basis = 'per_year'
  and a.year_from is not null and a.amount_eur_max is null
group by a.ministry, a.year_from, a.document_id
order by a.ministry, a.year_from, a.document_id
"""


def fill_amount_totals(db: sqlite_utils.Database) -> None:
    """Fill ``amount_totals`` and ``chart_amounts`` (both created empty from their schemas)."""
    with db.conn:
        db.execute(FILL)
        db.execute(FILL_CHART)
