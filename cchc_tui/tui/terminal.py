"""Surviving real terminals over SSH: slow links, odd bytes, dropped connections.

- An arrow key is ESC [ A. Escape is told from the start of such a key by waiting
  ``ESCAPE_DELAY`` for the rest (80 ms: Escape in about 0.1 s; or $ESCDELAY); a link that
  splits a key wider than that gets it mended and is waited for longer (``mending_parser``).
- Textual's Linux driver decodes input as strict UTF-8, so one byte from a client in
  another encoding kills its input thread (Textualize/textual#6456). We decode with
  replacement characters instead.
- A hang-up (the connection dropped, the window closed) ends the app within a second
  (``HangUpWatch``): every change is already saved, and the terminal it would restore is
  gone, so its input and output are pointed at /dev/null first.

The two ``linux_driver`` replacements below have no public knob in Textual 8: the driver
builds its parser and its decoder by module-level name inside its input thread.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import signal
import sys
import termios
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import App
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


def terminal_gone(fds: tuple[int, ...] = (0, 1)) -> bool:
    """Whether the terminal on ``fds`` hung up: the kernel then fails every request on it
    with EIO (reads see end of file, which Textual's input thread would spin on)."""
    for fd in fds:
        try:
            termios.tcgetattr(fd)
        except termios.error as error:
            if error.args and error.args[0] in _HUNG_UP:
                return True
    return False


_HUNG_UP = frozenset({errno.EIO, errno.ENXIO, errno.EBADF})
Result = TypeVar("Result")


class HangUpWatch:
    """Ends the app within a second when its terminal goes away, at any moment, start-up
    and shutdown included.

    Textual has no hang-up handling of its own (8.x): once the terminal is gone its
    writer thread can die on EIO, and the shutdown then blocks forever putting the last
    escape codes on that thread's full queue (``App._shutdown`` → ``disable_input`` →
    ``WriterThread.write``), with the input thread spinning on end of file. So the app
    stops caring about the terminal: on SIGHUP, or when the terminal answers EIO (a
    child of a shell gets no SIGHUP when a tmux window is killed), a thread points the
    standard streams at /dev/null, asks the app to exit, and after ``GRACE`` seconds
    ends the process whatever the shutdown is doing. Nothing is lost by that: every
    change is written atomically by the store before the screen hears of it, and a
    change being saved at that moment (``saving``) is let finish first.
    """

    GRACE = 0.5
    POLL = 0.2
    SAVE_WAIT = 15.0  # longer than the store's wait for a colleague's lock
    EXIT_STATUS = 128 + signal.SIGHUP

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._saving = threading.Lock()
        self._hung_up = threading.Event()
        self._stopped = threading.Event()
        self._previous: Any = None

    def saving(self, job: Callable[[Any], Result]) -> Callable[[Any], Result]:
        """``job`` (a change, run in a thread) such that a hang-up waits for it to end."""

        def guarded(argument: Any) -> Result:
            with self._saving:
                return job(argument)

        return guarded

    def __enter__(self) -> HangUpWatch:
        # A plain handler, not the event loop's: the loop may be the thing that is stuck.
        self._previous = signal.signal(signal.SIGHUP, lambda *_: self._hung_up.set())
        threading.Thread(target=self._watch, name="cchc-hang-up", daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._hung_up.is_set():
            return  # the deadline stands: the interpreter's own exit may wait on threads
        self._stopped.set()
        signal.signal(signal.SIGHUP, self._previous)

    def _watch(self) -> None:
        while not self._stopped.is_set():
            if self._hung_up.wait(self.POLL) or terminal_gone():
                self._hung_up.set()
                self._end()
                return

    def _end(self) -> None:
        detach_from_terminal()
        threading.Thread(target=self._deadline, name="cchc-deadline", daemon=True).start()
        with contextlib.suppress(Exception):  # not running yet, or already gone
            self._app.call_from_thread(self._app.exit)

    def _deadline(self) -> None:
        time.sleep(self.GRACE)
        self._saving.acquire(timeout=self.SAVE_WAIT)
        os._exit(self.EXIT_STATUS)
