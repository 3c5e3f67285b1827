"""Crash-safe file writes for a file that several people on one server share.

A write goes to a temp file in the same folder, is fsynced, takes the old file's
mode and group (a temp file is born 0600: a naive rename would lock the rest of
the office out), and is renamed over the old file; then the folder is fsynced so
the rename itself survives a power cut. The old file is first hard-linked to the
backup, so the backup is always the last good state.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def atomic_write(path: Path, payload: bytes, backup: Path | None = None) -> None:
    """Replace ``path`` by ``payload``: readers see the old or the new file, never a mix."""
    existing = _stat_or_none(path)
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_access(existing, temp_name)
        if backup is not None and existing is not None:
            _link_backup(path, backup)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_directory(path.parent)


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _copy_access(existing: os.stat_result | None, temp_name: str) -> None:
    if existing is None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp_name, 0o666 & ~umask)
        return
    os.chmod(temp_name, stat.S_IMODE(existing.st_mode))
    # Another member of the group may own the file; keeping its group is what lets
    # the rest of the office go on writing. Not allowed for a group we are not in.
    with contextlib.suppress(PermissionError):
        os.chown(temp_name, -1, existing.st_gid)


def _link_backup(path: Path, backup: Path) -> None:
    staged = backup.with_name(backup.name + TEMP_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        os.link(path, staged)
    except OSError:
        # Filesystems without hard links: a plain copy keeps the backup current.
        staged.write_bytes(path.read_bytes())
    os.replace(staged, backup)


def fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left behind; only called while holding the lock."""
    for leftover in path.parent.glob(temp_prefix(path) + "*" + TEMP_SUFFIX):
        with contextlib.suppress(OSError):
            leftover.unlink()


def can_write(path: Path) -> bool:
    """Whether this user can replace ``path``: the folder must take new files too."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    return folder_ok and file_ok
