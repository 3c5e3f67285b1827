"""The shape of a words table: each key names one text, written once per language.

``Words`` is a named tuple, so a table still in the older positional form ``(vi, en)``
works while it waits to be converted (``tests/words_named.py`` does it; ``tests/test_words.py``
fails until it is done)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Words(NamedTuple):
    """One text in each language; ``{name}`` marks a value filled in when it is said."""

    vi: str
    en: str


#: A layer's words by key. Typed loosely so an unconverted ``(vi, en)`` table still fits.
Table = Mapping[str, tuple[str, str]]
