"""Surviving real terminals over SSH: slow links, odd bytes, dropped connections.

- An arrow key is ESC [ A. Escape is told from the start of such a key by waiting
  ``ESCAPE_DELAY`` for the rest (80 ms: Escape in about 0.1 s; or $ESCDELAY); a link that
  splits a key wider than that gets it mended and is waited for longer (``mending_parser``).
- Textual's Linux driver decodes input as strict UTF-8, so one byte from a client in
  another encoding kills its input thread (Textualize/textual#6456). We decode with
  replacement characters instead.
- SIGHUP (the connection dropped) ends the app like ``q``: every change is already
  saved, and the terminal it would restore is gone, so its input and output are pointed
  at /dev/null first.
"""

from __future__ import annotations

import codecs
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from textual.drivers import linux_driver

from cchc_tui.tui.mending_parser import MendingParser, answer_escape_fast


def tolerate_slow_links() -> None:
    """Escape fast, and the Linux driver reading keys with a parser that mends split
    escape sequences."""
    answer_escape_fast()
    if hasattr(linux_driver, "XTermParser"):
        linux_driver.XTermParser = MendingParser  # type: ignore[misc]


def lenient_decoder(encoding: str) -> Callable[..., codecs.IncrementalDecoder]:
    """Like ``codecs.getincrementaldecoder``, but undecodable bytes become U+FFFD."""
    decoder_class = codecs.getincrementaldecoder(encoding)

    def make(errors: str = "replace") -> codecs.IncrementalDecoder:
        return decoder_class(errors=errors)

    return make


def tolerate_foreign_bytes() -> None:
    """Make the Linux driver's input decoder replace bad bytes instead of dying."""
    if hasattr(linux_driver, "getincrementaldecoder"):
        linux_driver.getincrementaldecoder = lenient_decoder  # type: ignore[assignment]


def detach_from_terminal() -> None:
    """Point stdin, stdout and stderr at /dev/null: the terminal hung up."""
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        if stream is not None:
            try:
                os.dup2(null, stream.fileno())
            except (OSError, ValueError):
                continue
    os.close(null)


def on_hangup(end: Callable[[], Any]) -> Callable[[], None]:
    """Install a SIGHUP handler on the running loop; returns the function that removes it."""
    import asyncio

    loop = asyncio.get_running_loop()

    def hung_up() -> None:
        detach_from_terminal()
        end()

    loop.add_signal_handler(signal.SIGHUP, hung_up)
    return lambda: loop.remove_signal_handler(signal.SIGHUP)
