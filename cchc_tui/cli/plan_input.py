"""Reading a plan file to import: a regular file of bounded size, in UTF-8.

``import /dev/zero`` would read until memory runs out, and a FIFO would wait for a writer
forever; both are refused before a byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cchc_tui.core.errors import UserError, system_reason

# A plan of every commune in the country with a whole cycle recorded is ~13 MB (10,000
# units, bench/make_plan.py); five times that still reads in seconds.
PLAN_FILE_MB = 64
PLAN_FILE_LIMIT = PLAN_FILE_MB * 1024 * 1024


def read_plan_text(path: Path) -> str:
    """The text of the plan file at ``path``; a one-line ``UserError`` when it is not a
    regular file, larger than ``PLAN_FILE_LIMIT``, unreadable or not UTF-8."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just after).
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError("plan_file_not_regular", path=str(path))
        if info.st_size > PLAN_FILE_LIMIT:
            raise UserError("plan_file_too_big", path=str(path), limit=PLAN_FILE_MB)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as file:
            payload = file.read(PLAN_FILE_LIMIT + 1)  # a file still growing stops here too
    except OSError as error:
        raise _unreadable(path, error) from None
    finally:
        os.close(fd)
    if len(payload) > PLAN_FILE_LIMIT:
        raise UserError("plan_file_too_big", path=str(path), limit=PLAN_FILE_MB)
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserError("plan_file_unreadable", path=str(path), detail=str(error)) from None


def _unreadable(path: Path, error: OSError) -> UserError:
    return UserError("plan_file_unreadable", path=str(path), detail=system_reason(error))
