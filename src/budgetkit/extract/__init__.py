"""Extraction: source texts to the rows of the data package.

A map for the next reader, module by module; each module's own docstring says why it
exists. Every extractor reads one document's text model (``budgetkit.textmodel``, built
once by ``budgetkit.sources``) and appends what it cannot place to ``warnings``.

The stage
    ``pipeline`` runs the extractors per document (``--jobs``) and joins their rows;
    ``package`` writes the data package; ``warnings`` is what could not be placed.

Document structure
    ``headings`` (which lines are headings), ``sections`` (their levels and spans),
    ``ministries`` (ministries named in a text), ``ministry`` (an amount's ministry),
    ``references`` (Kamerstukken, moties, amendementen and toezeggingen cited),
    ``months`` (month names).

Money in prose: finding and reading a printed amount (``money*``)
    ``money`` (the finder and its refusals), ``money_scan`` (the scan, span by span),
    ``money_anchors`` (where the scan looks), ``money_grammar`` (the pattern pieces),
    ``money_quotes`` (a quote back to its value), ``money_words`` (numbers in words),
    ``money_series`` (lists and ranges sharing a unit), ``money_currencies`` (currency
    words and codes), ``money_english`` (whether a sentence is English, whose comma
    separates thousands), ``money_nouns`` (nouns naming money), ``money_precision`` (the
    step figures are rounded to, no amount), ``money_format`` (writing an amount back, for
    property tests).

Money in prose: the ``amounts`` row around each amount (``amounts*``)
    ``amounts`` (the row), ``amounts_windows`` (the words around it), ``amounts_counts``
    (money or a count), ``amounts_currencies`` (the currency where the amount prints
    none), ``amounts_rates`` (exchange rates are no amounts), ``amounts_furniture`` (page
    furniture between a figure and its scale), ``amounts_footnotes`` (footnote marks glued
    to a figure), ``amounts_spoken`` ("een ton", "twee mille"), ``amounts_unit_notes``
    (a unit note governing bare figures), ``amounts_note_changes`` (bare figures of change
    in the paragraph a heading's note governs), ``amounts_qualifiers`` ("ruim", "bijna"),
    ``amounts_years`` (the years its own words print), ``amounts_context_years`` (the
    years the context gives), ``amounts_consequence_years`` (the year of a clause of
    consequence after it), ``amounts_cash_shifts`` (the two years a kasschuif moves money
    between), ``amounts_parts`` (the years of the parts by year that make up a whole),
    ``amounts_roles`` (basis and role).

Measures
    ``measures`` (the policy items amounts fund), ``curation`` (a steward's corrections).

Tables: finding them (``tables`` is the entry point)
    ``tables_layout`` (every table, whichever way the text was flattened), ``tables_model``
    (what a reader hands on), ``tables_tokens`` (a cell value, a heading, a caption),
    ``tables_vocabulary`` (the few words table reading needs), ``tables_titles``,
    ``tables_captions_below`` (a caption printed under the rows), ``tables_glued_captions``
    (a caption printed on the heading line, before the headings), ``tables_unread``
    (table-like lines no reader took: said, not lost).

Tables printed one row per line
    ``tables_rows`` (found by shape), ``tables_block`` (a block's rows and its end),
    ``tables_heading_line`` (one heading line), ``tables_stacked_headings`` (headings over
    several lines), ``tables_short_headings`` (a heading a line shorter than the rest,
    lowered onto the last), ``tables_placed_headings`` (placed by where values stand),
    ``tables_packed_headings`` (packed tighter than the values, paired with the columns in
    order),
    ``tables_line_headings`` (a heading's parts a line each, without layout),
    ``tables_across_headings`` (a line of every heading a line, without layout),
    ``tables_word_headings`` (headings of words alone), ``tables_column_groups`` (names over
    groups of columns), ``tables_alignment`` (where the columns are), ``tables_labels``
    (where labels end), ``tables_row_values`` (one row's label and values),
    ``tables_placement`` (rows printing fewer values than columns), ``tables_inner_texts``
    (a text column between label and values), ``tables_code_columns`` (a column of codes
    there, under its heading), ``tables_note_numbers`` (note numbers after
    the values, without layout), ``tables_row_marks`` (marks after the values, "V" or
    "N", under a heading naming them, without layout), ``tables_wrapped_labels``,
    ``tables_page_breaks`` (rows going on past a page break), ``tables_page_turns``
    (where a page turns: its foot, a title going on), ``tables_side_by_side``,
    ``tables_prose_beside`` (a table beside a column of prose),
    ``tables_groups`` (value-less group lines).

Tables printed one cell per line, and other layouts
    ``tables_cells`` (found by shape), ``tables_cell_items`` (lines as items),
    ``tables_cell_starts`` (where one starts), ``tables_cell_headings`` (its heading
    block), ``tables_cell_groups`` (group headings), ``tables_cell_grids`` (rows of one
    cell a heading, read by position), ``tables_cell_rows`` (its rows),
    ``tables_cell_runs`` (a row's run of values), ``tables_cell_blocks`` (printed a
    column a block), ``tables_section_blocks`` (labels, headings, then a section's value
    blocks); ``tables_pipes`` (pipe and box tables),
    ``tables_delimited`` (tab, semicolon and CSV tables).

Tables: what the cells mean
    ``tables_units`` (unit declarations, normalised), ``tables_unit_columns`` (a column
    of units, "Eenheid", between the labels and the values: each row's own unit),
    ``tables_scale`` (a table's unit and scale), ``tables_hierarchy`` (parents from
    labels and sums), ``tables_item_codes`` (the rows a numbered row's code says it sums),
    ``tables_difference_signs`` (the sign a mark "V" or "N" gives an unsigned difference,
    for the sums).
"""
