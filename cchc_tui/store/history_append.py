"""Adding to the history log, under the writers' lock: a transaction's records appended and
fsynced before the data file commits them; a crashed writer's tail cut first; the first
layout's history moved out whole; a log left without its data file set aside."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from cchc_tui.store import fileio
from cchc_tui.store.history_log import (
    CHUNK,
    Committed,
    LogDamage,
    commit_point,
    last_change_of,
    legacy_bytes,
    line_id,
    line_of,
    log_path,
    open_log,
)


def set_aside_orphan_log(data_path: Path) -> Path | None:
    """A log with no data file (deleted since) is not the history of a new one: kept aside."""
    path = log_path(data_path)
    if not (path.exists() or path.is_symlink()):
        return None
    aside = fileio.unused_name(path, f"orphan-{datetime.now():%Y%m%d-%H%M%S}")
    os.rename(path, aside)
    return aside


class Appender(Struct):
    """The log as one transaction sees it under the lock: its committed part, the records
    the transaction adds, and (for a first-layout file) the history to move out of it."""

    path: Path
    committed: Committed
    last_id: int
    fd: int | None = None
    legacy: bytes | None = None
    # Complete lines past the commit point that no crashed writer left (the data file was
    # put back by hand): kept, and named as rolled back by the first record added.
    strays: list[int] = field(default_factory=list)
    pending: list[bytes] = field(default_factory=list)

    def next_id(self) -> int:
        return self.last_id + len(self.pending) + 1

    def add(self, record: dict[str, Any]) -> None:
        self.pending.append(line_of(record))

    def write(self, like: os.stat_result | None) -> tuple[int, int]:
        """Append the pending records durably; the new commit point (length, last id)."""
        payload = b"".join(self.pending)
        if self.legacy is not None:
            whole = self.legacy + payload
            fileio.atomic_write(self.path, whole)
            with contextlib.suppress(OSError):
                fd = open_log(self.path, os.O_RDONLY)
                try:
                    if like is not None:
                        fileio.take_access(fd, like)
                finally:
                    os.close(fd)
            return len(whole), self.next_id() - 1
        if self.fd is None:
            self.fd = open_log(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if like is not None:
                fileio.take_access(self.fd, like)
        # Past the commit point, over a crashed writer's cut line; reads use pread.
        os.lseek(self.fd, self.committed.end, os.SEEK_SET)
        fileio.write_all(self.fd, payload)
        os.fsync(self.fd)
        return self.committed.end + len(payload), self.next_id() - 1

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def new_appender(data_path: Path) -> Appender:
    """The log of a file being created: none yet (the first record creates it)."""
    return Appender(log_path(data_path), Committed(0), 0)


def open_appender(data_path: Path, data: Mapping[str, Any] | None) -> Appender:
    """The log of ``data`` (None: a damaged data file, whose log is taken as it is) ready for
    appending: a crashed writer's tail cut, its last committed line checked."""
    path = log_path(data_path)
    if data is not None and "history" in data:
        legacy = legacy_bytes(data["history"])
        committed = Committed(len(legacy), data=legacy)
        return Appender(path, committed, last_change_of(data), legacy=legacy)
    try:
        fd = open_log(path, os.O_RDWR)
    except FileNotFoundError:
        end, last = (0, 0) if data is None else commit_point(data)
        if end > 0:
            raise LogDamage("missing") from None
        return Appender(path, Committed(0), last)
    appender = Appender(path, Committed(0, fd=fd), 0, fd=fd)
    try:
        _reconcile(appender, fd, data)
    except BaseException:
        appender.close()
        raise
    return appender


def _reconcile(appender: Appender, fd: int, data: Mapping[str, Any] | None) -> None:
    size = os.fstat(fd).st_size
    whole_lines = size
    if data is None:
        # Everything whole counts; only a torn last line goes.
        tail = os.pread(fd, min(size, CHUNK), max(0, size - CHUNK))
        whole_lines = size - (len(tail) - (tail.rfind(b"\n") + 1))
        end = whole_lines
        last = _last_id(Committed(end, fd=fd))
    else:
        end, last = commit_point(data)
        if size < end:
            raise LogDamage("short")
        if end and _last_id(Committed(end, fd=fd)) != last:
            raise LogDamage("last", change=last)
        tail = os.pread(fd, size - end, end) if size > end else b""
        whole = tail[: tail.rfind(b"\n") + 1]
        if whole.count(b"\n") > 1:  # not one crashed writer's line: keep them all
            ids = [line_id(line) for line in whole.split(b"\n") if line]
            appender.strays = [number for number in ids if number is not None]
            end += len(whole)
            last = max([last, *appender.strays])
    if size > end:
        os.ftruncate(fd, end)
    appender.committed = Committed(end, fd=fd)
    appender.last_id = last


def _last_id(committed: Committed) -> int:
    for line in committed.backward():
        number = line_id(line)
        if number is None:
            raise LogDamage("last_line")
        return number
    return 0
