"""budgetkit: Dutch budget documents to validated, citable open data."""

__version__ = "0.1.0"
