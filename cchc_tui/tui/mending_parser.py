"""Escape that answers in a tenth of a second, and arrow keys that survive a link that splits them.

An arrow key is ESC [ A. Textual's parser, after an ESC, waits ``ESCAPE_DELAY`` for
the rest (every byte restarts the wait): a lone ESC is the Escape key only once that
time has passed, so the delay is what Escape costs. The input thread looks for it
every 0.1 s, so Textual's own 100 ms comes out at the first look or, as often, at the
second (0.2 s); ``FAST_ESCAPE_DELAY``, just under a look, makes it the first. Over SSH a
key's bytes travel in one packet and arrive in one read, and bytes typed together
arrive together (Escape then "d" is "alt+d", which the keyboard splits again), so that
is enough. Only an odd link (a serial line, a busy relay) delivers ESC and "[A" in two
reads further apart.

This parser mends such a split instead of typing "[A": a sequence begun and cut off
(ESC [) is held back, and when its end comes within ``MEND_SECONDS`` the key is
reported whole. A lone ESC has gone out as Escape by then; its end still becomes the
arrow, not letters. Once a link has split a key, it is slow: the parser waits
``SLOW_LINK_ESCAPE_DELAY`` from then on, unless $ESCDELAY (milliseconds) says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from textual import constants

# Private Textual modules and parser internals (``_timeout_time``, ``_awaiting``,
# ``_sequence_to_key_events``): Textual has no public hook into how the terminal's bytes
# become keys; its driver builds an ``XTermParser`` itself. Mending a split key means
# being that parser. tests/tui/test_textual_internals.py names each of these, so an
# upgrade that moves one fails a test, not an office.
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.message import Message

ESC = "\x1b"
FAST_ESCAPE_DELAY = 0.08
SLOW_LINK_ESCAPE_DELAY = 0.5
MEND_SECONDS = 1.0

# The keys a split can cut: CSI and SS3 sequences that stand for a key (arrows, Home,
# F1…). Two-byte ones (ESC b is ctrl+left to Textual) are left out: Escape then "b"
# typed a moment later must stay Escape and "b".
_KEY_SEQUENCES = frozenset(
    sequence
    for sequence, keys in ANSI_SEQUENCES_KEYS.items()
    if sequence.startswith((ESC + "[", ESC + "O")) and isinstance(keys, tuple)
)
_BEGINNINGS = frozenset(
    sequence[:end] for sequence in _KEY_SEQUENCES for end in range(1, len(sequence))
)


def answer_escape_fast() -> None:
    """Tell Escape on the input thread's first look, unless the person set $ESCDELAY."""
    if "ESCDELAY" not in os.environ:
        constants.ESCAPE_DELAY = FAST_ESCAPE_DELAY  # type: ignore[misc]


def learn_slow_link() -> None:
    """Wait longer for the rest of a key from now on, unless the person set $ESCDELAY."""
    if "ESCDELAY" not in os.environ:
        constants.ESCAPE_DELAY = max(constants.ESCAPE_DELAY, SLOW_LINK_ESCAPE_DELAY)  # type: ignore[misc]


class MendingParser(XTermParser):
    """Textual's input parser, mending escape sequences split across reads."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._open = ""  # an escape sequence begun and not yet ended
        self._cut = ""  # the start of a sequence whose wait ran out
        self._cut_at = 0.0
        self._more = ""  # what came after the cut, so far the middle of a key
        self._held: list[Message] = []  # what the parser made of the cut start, not yet sent

    def feed(self, data: str) -> Iterable[Message]:
        if self._cut and data:
            waiting = self._more + data
            keys, used = self._mend(waiting)
            if used is None:  # still the middle of a key: wait for more
                self._more = waiting
                return
            held = self._forget_cut()
            if keys:
                learn_slow_link()
                yield from keys
            else:
                yield from held
            data = waiting[used:]
            if not data:
                return
        yield from self._parse(data)

    def tick(self) -> Iterable[Message]:
        if self._cut and get_time() - self._cut_at > MEND_SECONDS:
            more = self._more
            yield from self._forget_cut()
            if more:
                yield from self._parse(more)
        timing_out = self._timeout_time is not None and get_time() >= self._timeout_time
        made = list(super().tick())
        if timing_out and self._open:
            self._cut, self._cut_at, self._open = self._open, get_time(), ""
            if self._cut != ESC:  # ESC [ …: not something a person types; hold it back
                self._held, made = made, []
        yield from made

    def _parse(self, data: str) -> Iterable[Message]:
        yield from super().feed(data)
        # Remember the escape sequence left open at the end of ``data``, if any.
        if self._awaiting.timeout is None:  # the parser waits for nothing in particular
            self._open = ""
        else:
            seen = self._open + data
            self._open = seen[seen.rfind(ESC) :] if ESC in seen else ""

    def _mend(self, data: str) -> tuple[list[Message], int | None]:
        """The key that the cut start and the start of ``data`` make, and how much of
        ``data`` it took; no key and None while ``data`` may still be its middle."""
        for end in range(1, len(data) + 1):
            sequence = self._cut + data[:end]
            if sequence in _KEY_SEQUENCES:
                return list(self._sequence_to_key_events(sequence)), end
        if self._cut + data in _BEGINNINGS:
            return [], None
        return [], 0

    def _forget_cut(self) -> list[Message]:
        """Stop waiting for the end of the cut sequence; what the parser made of its start."""
        held = self._held
        self._cut, self._more, self._held = "", "", []
        return held
