"""Pausing Python's cyclic garbage collector around work that only accumulates rows.

Extraction and the validation layers keep hundreds of thousands of plain row dicts. Each
time enough new objects are made, the collector rescans every one kept so far (a fifth of
the time at 500 documents or 100,000 amounts, growing with the input) for nothing: these
rows hold no reference cycles to free. Reference counting still frees everything else.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Run the block with the cyclic collector off, and restore it as it was.

    Everything the block made is then moved to the oldest generation unscanned (``freeze``
    and ``unfreeze`` move whole lists): left in the youngest, the first collection after
    the block would scan every row still held, once more for nothing (0.2 s after extracting
    500 documents). The oldest generation is still collected, when it has grown enough.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
