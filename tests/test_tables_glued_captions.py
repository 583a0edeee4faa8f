"""Tests of cutting a caption glued to its table's heading line (``tables_glued_captions``)."""

from __future__ import annotations

from budgetkit.extract.tables_glued_captions import caption_cut
from budgetkit.extract.tables_titles import glued_caption


def test_a_unit_note_alone_before_the_labels_heading_names_no_table() -> None:
    """A unit note before the labels' heading ("(x € 1.000) Omschrijving", "Bedragen x €
    1.000 Omschrijving") is no caption: its tokens are no words of a name. Counted as
    such, the note was cut off as the table's caption."""
    assert caption_cut("(x € 1.000) Omschrijving") is None
    assert glued_caption("Bedragen x € 1.000 Omschrijving") is None


def test_a_name_with_its_unit_note_before_the_labels_heading_is_a_caption() -> None:
    """Near form: a name of three words or more before the labels' heading, with or
    without its unit note, is the caption, as before."""
    assert caption_cut("Overzicht incidentele baten en lasten Omschrijving") == (
        "Overzicht incidentele baten en lasten",
        "Omschrijving",
    )
    assert caption_cut("Overzicht baten bedragen x € 1.000 Omschrijving") == (
        "Overzicht baten bedragen x € 1.000",
        "Omschrijving",
    )


def test_every_labels_heading_of_the_vocabulary_ends_a_caption() -> None:
    """The words heading the labels are those of ``LABEL_HEADINGS`` (less periods and
    places): "Artikelonderdeel" ends a caption as "Onderdeel" does."""
    assert caption_cut("Overzicht subsidies per artikel Artikelonderdeel") == (
        "Overzicht subsidies per artikel",
        "Artikelonderdeel",
    )
    assert caption_cut("Uitkering per jaar per Gemeente") is None
