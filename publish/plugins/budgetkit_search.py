"""The table pages' search box: the same rows as Datasette's ``?_search=``, without looking
up and sorting every match, and with the match run once.

Datasette answers ``?_search=term`` with ``rowid in (select rowid from <fts> where <fts>
match ...)`` in two queries: the page's rows, which looks up every match to sort them by
key before taking 25, and a count that looks up every match again (on a million amounts,
"jeugdzorg" has 36,000 matches: 46 + 41 ms of SQL). The search box sends ``?_zoek=term``
with Datasette's own ``_nocount=1``, and this ``filters_from_request`` hook adds the same
condition, written for the plan that suits the term:

- first it counts the matches in the full-text index alone, stopping after ``COUNT_CAP + 1``
  (under a millisecond); the page says that number ("meer dan 1.000 rijen") when the search
  is its only selection;
- up to the cap, the condition is Datasette's (look up the few matches, sort them);
- above it, ``+rowid in (...)``: SQLite walks the table's key index in page order and keeps
  the rows that match, stopping after a page (at 36,000 matches it reads a few hundred
  index entries instead of 36,000 rows).

``?_search=`` stays Datasette's, unchanged. The plugin configuration's
``search_count_cap`` can set another cap.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite

PARAMETER = "_zoek"
COUNT_CAP = 1000


def _only_a_search(request) -> bool:
    """The search is the page's only selection (no filter, no other condition)."""
    return not any(
        not key.startswith("_") or "__" in key or key.startswith(("_search", "_where", "_through"))
        for key in request.args
    )


@hookimpl
def filters_from_request(request, database, table, datasette):
    term = request.args.get(PARAMETER)
    if term is None:
        return None

    async def search() -> FilterArguments | None:
        db = datasette.get_database(database)
        fts = datasette.table_metadata(database, table).get("fts_table")
        fts = fts or await db.fts_table(table)
        if not fts:
            return None
        config = datasette.plugin_config("budgetkit") or {}
        cap = int(config.get("search_count_cap", COUNT_CAP))
        name = escape_sqlite(fts)
        matches = f"select rowid from {name} where {name} match escape_fts(:zoek)"
        found = (
            await db.execute(f"select count(*) from ({matches} limit {cap + 1})", {"zoek": term})
        ).first()[0]
        key = "+rowid" if found > cap else "rowid"  # "+": not an index lookup, a filter
        extra = {"search": term}
        if _only_a_search(request):
            extra.update(search_count=found, search_count_cap=cap)
        return FilterArguments(
            [f"{key} in ({matches})"], {"zoek": term}, [f'search matches "{term}"'], extra
        )

    return search
