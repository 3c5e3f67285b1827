"""Everything the command line prints goes through here.

Text is cleaned as the TUI cleans it (``clean_text``: no escape sequences, no control
characters but newline and tab), so a name, a note or a user name held in the file
can never retitle, clear or drive the terminal of the colleague who prints it.

A write that fails (stdout on a full disk, ``/dev/full``) is raised once as
``OutputError`` so the caller can say what happened to the change; afterwards standard
output is pointed at /dev/null, so the interpreter's last flush at exit has nothing to
complain about ("Exception ignored ...").
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import suppress

from cchc_tui.core.text import clean_text


class OutputError(Exception):
    """Standard output refused a write; ``error`` is the system's reason."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def write_out(text: str) -> None:
    """``text`` to standard output, cleaned; CSV's line ends (CR LF) are kept, a lone CR
    (which lets a line be overwritten on screen) is not."""
    _guarded(lambda: sys.stdout.write("\r\n".join(map(clean_text, text.split("\r\n")))))


def write_bytes(payload: bytes) -> None:
    """A binary document (docx, xlsx) to standard output, as is."""

    def write() -> None:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()

    _guarded(write)


def flush_out() -> None:
    """What is still buffered, written now: a failure belongs to the command that printed."""
    _guarded(sys.stdout.flush)


def write_err(text: str) -> None:
    """One message to standard error, cleaned; if even that fails there is no one to tell."""
    with suppress(OSError):
        sys.stderr.write(clean_text(text) + "\n")
        sys.stderr.flush()


def _guarded(write: Callable[[], object]) -> None:
    try:
        write()
    except BrokenPipeError:
        silence_stdout()
        raise
    except OSError as error:
        silence_stdout()
        raise OutputError(error) from None


def silence_stdout() -> None:
    """Point standard output at /dev/null: what is still buffered goes nowhere, quietly."""
    with suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
