"""Crash-safe file writes for a file that several people on one server share.

A write goes to a temp file in the same folder, takes the old file's group and
mode (a temp file is born 0600: a naive rename would lock the rest of the office
out), is fsynced and renamed over the old file; then the folder is fsynced so the
rename itself survives a power cut. Just before the rename the old file is
hard-linked to the backup, so the backup is always the last good state and is
never the inode that the next write or a stray shell redirect touches.

Every step is a plain ``os`` call on a descriptor or a name. A failure at any step
before the rename surfaces as ``OSError`` with the old file in place and the temp file
removed (if even that fails, the next writer removes it); after the rename the write
has happened, whatever the folder sync says.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

TEMP_SUFFIX = ".tmp"
# os.link fails with these where hard links cannot be made (FAT, some network shares,
# protected_hardlinks): the backup is then a copy. Any other error is a real I/O problem.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP})
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _temp_name(path: Path, tag: str) -> Path:
    return path.with_name(f"{temp_prefix(path)}{tag}{TEMP_SUFFIX}")


def leftover_temps(path: Path) -> list[Path]:
    """Temp files of ``path`` on disk now: a killed writer's, which the next writer removes."""
    # Exactly the names made here: a neighbour such as "data.json.old" has temps of its own.
    ours = re.compile(
        re.escape(temp_prefix(path)) + r"(?:[0-9a-f]{12}|bak)" + re.escape(TEMP_SUFFIX)
    )
    return sorted(
        leftover
        for leftover in path.parent.glob(temp_prefix(path) + "*" + TEMP_SUFFIX)
        if ours.fullmatch(leftover.name)
    )


def atomic_write(path: Path, payload: bytes, backup: Path | None = None) -> None:
    """Replace ``path`` by ``payload``: readers see the old or the new file, never a mix."""
    existing = _stat_or_none(path)
    temp = _write_temp(path, payload, existing)
    try:
        if backup is not None and existing is not None:
            _refresh_backup(path, backup, existing)
        os.replace(temp, path)
    except BaseException:
        _discard(temp)
        raise
    _sync_folder(path.parent)


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _write_temp(path: Path, payload: bytes, existing: os.stat_result | None) -> Path:
    """A fully written and synced temp file beside ``path``, with the access ``path`` has."""
    temp = _temp_name(path, os.urandom(6).hex())
    # A new file is opened 0666 so that the umask (and default ACLs) decide, as for any file.
    fd = os.open(temp, _CREATE_NEW, 0o600 if existing is not None else 0o666)
    try:
        try:
            _write_all(fd, payload)
            _give_access(fd, existing, path.parent)
            os.fsync(fd)
        finally:
            # Network filesystems report a failed write at close: that too must fail the write.
            os.close(fd)
    except BaseException:
        _discard(temp)
        raise
    return temp


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _give_access(fd: int, existing: os.stat_result | None, folder: Path) -> None:
    if existing is None:
        os.fchmod(fd, _new_file_mode(fd, folder))
        return
    # Another member of the group may own the file; keeping its group is what lets the
    # rest of the office go on writing. Not allowed for a group we are not in. The group
    # goes first: chown clears set-id bits, chmod then restores the exact mode.
    with contextlib.suppress(PermissionError):
        os.fchown(fd, -1, existing.st_gid)
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def _new_file_mode(fd: int, folder: Path) -> int:
    """The umask's choice, never writable by everyone; in a shared folder (setgid and
    group-writable) also readable and writable by the group, whatever the creator's umask."""
    mode = stat.S_IMODE(os.fstat(fd).st_mode) & ~stat.S_IWOTH
    folder_mode = os.stat(folder).st_mode
    if folder_mode & stat.S_ISGID and folder_mode & stat.S_IWGRP:
        mode |= stat.S_IRGRP | stat.S_IWGRP
    return mode


def _refresh_backup(path: Path, backup: Path, existing: os.stat_result) -> None:
    """Make ``backup`` the current file, replacing the previous backup in one rename."""
    with contextlib.suppress(FileNotFoundError):
        if os.path.samestat(os.stat(backup), existing):
            # A write that failed after this step already did it; renaming a link onto
            # another link of the same file does nothing and would leave the staged name.
            return
    staged = _temp_name(path, "bak")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(staged)
    try:
        _link_or_copy(path, staged, existing)
        os.replace(staged, backup)
    except BaseException:
        _discard(staged)
        raise


def keep_aside(path: Path, aside: Path) -> None:
    """Keep the file now at ``path`` under the new name ``aside`` as well."""
    _link_or_copy(path, aside, os.stat(path))


def _link_or_copy(path: Path, target: Path, existing: os.stat_result) -> None:
    try:
        os.link(path, target)
        return
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
    copy = _write_temp(path, path.read_bytes(), existing)
    try:
        os.replace(copy, target)
    except BaseException:
        _discard(copy)
        raise


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable. Best effort: the new file is already in place for everyone,
    and some filesystems (CIFS, some NFS) or a folder without read access refuse it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left behind; only called while holding the lock."""
    for leftover in leftover_temps(path):
        _discard(leftover)


def match_access(target: Path, reference: Path) -> None:
    """Give ``target`` (the lock file) the group and read/write bits of ``reference``.

    Only its owner may change it; for anyone else this quietly does nothing.
    """
    try:
        wanted = os.stat(reference)
        current = os.stat(target)
    except OSError:
        return
    mode = stat.S_IMODE(wanted.st_mode) & 0o666
    if current.st_gid != wanted.st_gid:
        with contextlib.suppress(PermissionError):
            os.chown(target, -1, wanted.st_gid)
    if stat.S_IMODE(current.st_mode) != mode:
        with contextlib.suppress(PermissionError):
            os.chmod(target, mode)


def lock_file_mode(path: Path) -> int | None:
    """The mode a new lock file needs so that everyone who may write ``path`` can open it."""
    try:
        # The owner keeps read and write whatever the data file's mode: the lock is opened
        # read-write (root may still save a 0444 data file).
        return (stat.S_IMODE(os.stat(path).st_mode) & 0o666) | 0o600
    except OSError:
        return None


def can_write(path: Path) -> bool:
    """Whether this user can replace ``path``: the folder must take new files too."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    return folder_ok and file_ok and not sticky_for_us(path)


def sticky_for_us(path: Path) -> bool:
    """In a sticky folder (chmod +t) only a file's owner may rename over it: for the rest
    of the group the shared file is read-only, whatever its mode says."""
    try:
        folder = os.stat(path.parent)
        owner = os.stat(path).st_uid
    except OSError:
        return False
    me = os.geteuid()
    return bool(folder.st_mode & stat.S_ISVTX) and me not in (0, owner, folder.st_uid)


def followed_link(path: Path) -> Path:
    """The file a person's own (or root's) symlink points to: writing through the link must
    update the shared file, not replace the link by a private copy. Another user's link in a
    shared folder is not followed, so it cannot steer a write elsewhere."""
    try:
        if path.is_symlink() and path.lstat().st_uid in (os.geteuid(), 0):
            return Path(os.path.realpath(path))
    except OSError:
        pass
    return path


def unused_name(path: Path, tag: str) -> Path:
    """``path`` with ``.tag`` added (and a number if taken): where a damaged file is kept."""
    candidate = path.with_name(f"{path.name}.{tag}")
    number = 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.{tag}-{number}")
    return candidate
