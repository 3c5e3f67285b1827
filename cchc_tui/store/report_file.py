"""Writing a report where the person asked: whole or not at all, never over the data file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from cchc_tui.core.errors import UserError
from cchc_tui.store import fileio
from cchc_tui.store.store import Store

# A FIFO nobody reads is refused (ENXIO) rather than waited on forever.
_INTO_STREAM = os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


def save_report(target: Path, payload: str | bytes, store: Store) -> None:
    """Write ``payload`` (text as UTF-8) to ``target`` through a temp file renamed over it,
    so a full disk or a killed process leaves the file that was there as it was.

    Links on the way are followed only if they are the person's own or root's (a colleague's
    link in a shared folder could point at anything, /dev/sda for root); a stream the person
    names (``/dev/stdout``, a FIFO someone reads) is written into, not renamed over.

    ``UserError`` when ``target`` is the data file (or its backup or lock) or the write fails.
    """
    target = target.expanduser()
    if _is_store_file(target, store):
        raise UserError("report.output_is_data", path=str(target))
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    try:
        real = fileio.trusted_path(target)
        kind = _kind(target)
        if kind == stat.S_IFDIR:
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if kind in (stat.S_IFIFO, stat.S_IFCHR):
            _write_into(target, data)
        else:
            fileio.atomic_write(real, data)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise UserError("output_failed", path=str(target), detail=detail) from None


def _kind(target: Path) -> int | None:
    """What ``target`` names once followed: a terminal, pipe or device is written into."""
    try:
        return stat.S_IFMT(os.stat(target).st_mode)
    except FileNotFoundError:
        return None


def _write_into(target: Path, data: bytes) -> None:
    fd = os.open(target, _INTO_STREAM)
    try:
        os.set_blocking(fd, True)
        fileio.write_all(fd, data)
    finally:
        os.close(fd)


def _is_store_file(target: Path, store: Store) -> bool:
    try:
        resolved = target.resolve()
        return any(
            resolved == path.resolve() for path in (store.path, store.backup_path, store.lock_path)
        )
    except OSError:
        return False
