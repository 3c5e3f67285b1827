"""The writers' lock: an exclusive ``flock`` on a stable ``.lock`` file beside the data file.

Never on the data file itself, which every write replaces by a rename; the kernel frees
the lock the moment its holder dies, even by SIGKILL. (filelock's import alone cost a write
command ~15 ms.)
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cchc_tui.core.errors import DataFileError
from cchc_tui.store import fileio


@contextmanager
def exclusive_lock(lock_path: Path, data_path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock for ``data_path``, waiting up to ``timeout`` seconds for another writer."""
    # Created with the data file's mode, so that every writer in the group can open it.
    mode = fileio.lock_file_mode(data_path)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, mode or 0o666)
    except OSError as exc:
        raise DataFileError(
            "db_lock_denied", lock=str(lock_path), detail=exc.strerror or str(exc)
        ) from None
    try:
        _flock(fd, timeout)
    except TimeoutError:
        os.close(fd)
        raise DataFileError("db_locked", seconds=f"{timeout:g}", lock=str(lock_path)) from None
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _flock(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise TimeoutError from None
            time.sleep(0.05)
