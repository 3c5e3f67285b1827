"""Pausing the cycle collector while the store builds many objects it keeps."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Parsing the file and building a snapshot makes ~20 objects per unit and frees none,
    and so does reading the history: the cycle collector would walk them all again and again
    for nothing (~10% of a load, half of parsing a long history)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
