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

No file here is opened through a link. In a shared folder anyone in the group can put a
symlink, a FIFO or a device where a file of ours is expected: a link would steer a read (and
the backup made of it) or a chmod to a colleague's private file, a FIFO would block every
command forever. So each file is opened with ``O_NOFOLLOW | O_NONBLOCK`` and checked on the
descriptor (``fstat``: a regular file); its mode and group are set on the descriptor
(``fchmod``/``fchown``), never by name after the fact. The data path itself may go through
links the person (or root) made, like git and OpenSSH trust only their own config files:
``trusted_path`` resolves those once and refuses anyone else's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from cchc_tui.core.errors import DataFileError

TEMP_SUFFIX = ".tmp"
# os.link fails with these where hard links cannot be made (FAT, some network shares,
# protected_hardlinks): the backup is then a copy. Any other error is a real I/O problem.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP})
_NO_FOLLOW = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW
# How many links one path may go through, as the kernel allows (ELOOP beyond).
_MAX_LINKS = 40


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
    """The file now at ``path`` (not followed), None if there is none; a link, FIFO,
    device or folder there is refused: the rename would replace it unseen."""
    try:
        return regular_stat(path)
    except FileNotFoundError:
        return None


def _write_temp(path: Path, payload: bytes, existing: os.stat_result | None) -> Path:
    """A fully written and synced temp file beside ``path``, with the access ``path`` has."""
    temp = _temp_name(path, os.urandom(6).hex())
    # A new file is opened 0666 so that the umask (and default ACLs) decide, as for any file.
    fd = os.open(temp, _CREATE_NEW, 0o600 if existing is not None else 0o666)
    try:
        try:
            write_all(fd, payload)
            _give_access(fd, existing, path.parent)
            os.fsync(fd)
        finally:
            # Network filesystems report a failed write at close: that too must fail the write.
            os.close(fd)
    except BaseException:
        _discard(temp)
        raise
    return temp


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _give_access(fd: int, existing: os.stat_result | None, folder: Path) -> None:
    if existing is None:
        os.fchmod(fd, new_file_mode(fd, folder))
    else:
        take_access(fd, existing)


def take_access(fd: int, like: os.stat_result) -> None:
    """Give the file open at ``fd`` the group and mode of ``like`` (the data file), so that
    every writer of one can write the other. Only the file's owner may; for anyone else
    this quietly does nothing, as does the group for a group we are not in."""
    # The group goes first: chown clears set-id bits, chmod then restores the exact mode.
    with contextlib.suppress(PermissionError):
        os.fchown(fd, -1, like.st_gid)
    with contextlib.suppress(PermissionError):
        os.fchmod(fd, stat.S_IMODE(like.st_mode))


def new_file_mode(fd: int, folder: Path) -> int:
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
        if os.path.samestat(os.lstat(backup), existing):
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
    _link_or_copy(path, aside, regular_stat(path))


def _link_or_copy(path: Path, target: Path, existing: os.stat_result) -> None:
    try:
        os.link(path, target, follow_symlinks=False)
        return
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
    copy = _write_temp(path, read_regular(path)[0], existing)
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
        owner = os.lstat(path).st_uid
    except OSError:
        return False
    me = os.geteuid()
    return bool(folder.st_mode & stat.S_ISVTX) and me not in (0, owner, folder.st_uid)


def unused_name(path: Path, tag: str) -> Path:
    """``path`` with ``.tag`` added (and a number if taken): where a damaged file is kept."""
    candidate = path.with_name(f"{path.name}.{tag}")
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{path.name}.{tag}-{number}")
    return candidate


# --- opening without following links ------------------------------------------------------


def open_regular(path: Path, flags: int, mode: int = 0o666) -> int:
    """``os.open`` for a file of the store (data, lock, backup, log): never through a link,
    never a FIFO, device or folder, without blocking; ``flags`` as for ``os.open``
    (``O_CREAT``, ``O_EXCL``, ``O_APPEND``...). The descriptor is blocking unless ``flags``
    asks otherwise, and closed on exec.

    ``DataFileError`` (one line, naming the path and what is there) for a link, FIFO,
    device, socket or folder; ``OSError`` for the rest (missing, no permission...).
    """
    with contextlib.suppress(FileNotFoundError):
        # Said before opening: opening a device can act on it (a tape rewinds).
        refuse_unusual(path, os.lstat(path))
    try:
        fd = os.open(path, flags | _NO_FOLLOW | os.O_NONBLOCK, mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO, errno.EOPNOTSUPP):
            refuse_unusual(path, os.lstat(path))  # put there since the look above
        raise
    try:
        # The descriptor, not the name: whatever was swapped in meanwhile is what is open.
        refuse_unusual(path, os.fstat(fd))
        if not flags & os.O_NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path) -> tuple[bytes, os.stat_result]:
    """The whole content of the regular file at ``path`` (opened as ``open_regular`` does)
    and its ``fstat``: the version read is the version described."""
    fd = open_regular(path, os.O_RDONLY)
    # FileIO.readall sizes its buffer from fstat: a loop of os.read was 10× slower.
    with open(fd, "rb", buffering=0) as file:
        return file.readall(), os.fstat(fd)


def regular_stat(path: Path) -> os.stat_result:
    """``lstat`` of ``path``; ``DataFileError`` if it is not a regular file."""
    info = os.lstat(path)
    refuse_unusual(path, info)
    return info


def refuse_unusual(path: Path, info: os.stat_result) -> None:
    """``DataFileError`` saying what is at ``path`` when it is not a regular file."""
    kind = stat.S_IFMT(info.st_mode)
    if kind == stat.S_IFREG:
        return
    if kind == stat.S_IFLNK:
        raise DataFileError("safety.link", path=str(path), owner=owner_name(info.st_uid))
    if kind == stat.S_IFDIR:
        raise DataFileError("db_is_dir", path=str(path))
    what = {stat.S_IFIFO: "fifo", stat.S_IFSOCK: "socket"}.get(kind, "device")
    raise DataFileError(f"safety.{what}", path=str(path))


def trusted_path(path: Path) -> Path:
    """``path`` with the links on the way followed, if each is the person's own or root's.

    Another user's link, in the last place or on the way, is refused (``DataFileError``):
    in a shared folder it would make this person read and back up whatever file it
    points to. With no link on the way ``path`` comes back as given."""
    me = os.geteuid()
    pending = list(reversed(Path(path).parts))
    resolved = Path(os.getcwd()) if not Path(path).is_absolute() else Path("/")
    followed = 0
    while pending:
        name = pending.pop()
        if name in ("/", ".", ""):
            continue
        if name == "..":
            resolved = resolved.parent
            continue
        candidate = resolved / name
        try:
            info = os.lstat(candidate)
        except OSError:  # missing or unreachable: the open will say so
            return (candidate.joinpath(*reversed(pending))) if followed else path
        if not stat.S_ISLNK(info.st_mode):
            resolved = candidate
            continue
        if info.st_uid not in (me, 0):
            raise DataFileError(
                "safety.link_foreign", path=str(candidate), owner=owner_name(info.st_uid)
            )
        followed += 1
        if followed > _MAX_LINKS:
            raise DataFileError("safety.link_loop", path=str(path))
        target = os.readlink(candidate)
        pending.extend(reversed(Path(target).parts))
        if os.path.isabs(target):
            resolved = Path("/")
    return resolved if followed else path


def owner_name(uid: int) -> str:
    """The login name of ``uid``, or ``uid N`` when it has none."""
    import pwd  # only a refusal names an owner

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"
