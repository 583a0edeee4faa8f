"""The Dutch month names, as dates in prose and table headings write them out.

One list for the amounts reader (years of a date, "is 7 december 2023 € 355 mln") and the
table reader (a column headed "31 december 2024"), so the two never disagree on a month.
"""

from __future__ import annotations

#: The months written out, January first.
MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
)
