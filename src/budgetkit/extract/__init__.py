"""Extraction: source texts to the rows of the data package."""
