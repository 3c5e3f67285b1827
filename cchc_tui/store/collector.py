"""Pausing the cycle collector while the store builds many objects it keeps."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Parsing the file and building a snapshot makes ~30 objects per unit and frees none,
    and so does reading the history: the cycle collector would walk them all again and again
    for nothing (~10% of a load, half of parsing a long history).

    What is built here is long-lived: it goes straight to the collector's oldest
    generation, where the objects that survive two passes end up anyway, without those
    two passes (a third of a 10,000-unit load: ~0.15 s; no cycle among the parsed file
    and the units it holds). The way there is ``gc.freeze`` (what exists goes aside),
    building, ``gc.freeze`` again (what was built goes aside too), then ``gc.unfreeze``
    (all of it to the oldest generation). Nothing stays frozen, so any cyclic garbage,
    the caller's young objects included, is still found by the next full pass. When
    something was frozen already (the TUI freezes what its first load made), unfreezing
    would undo that: then the new objects are left in the youngest generation, as a plain
    pause leaves them.
    """
    enabled = gc.isenabled()
    gc.disable()
    promote = gc.get_freeze_count() == 0
    if promote:
        gc.freeze()
    try:
        yield
    finally:
        if promote:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
