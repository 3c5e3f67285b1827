"""The writers' lock: an exclusive ``flock`` on a stable ``.lock`` file beside the data file.

Never on the data file itself, which every write replaces by a rename; the kernel frees
the lock the moment its holder dies, even by SIGKILL. (filelock's import alone cost a write
command ~15 ms.)

Only writers can hold it. ``flock`` needs nothing but an open descriptor, a read-only one
will do: a lock file anyone can open is a lock any reader can hold against every writer. So
the lock is opened read-write, and its mode gives read and write to exactly the classes that
may write the data file (data 0664 → lock 0660, 0644 → 0600), in the data file's group. Both
are set on the descriptor (``fchmod``/``fchown``) whatever the creator's umask, and its owner
sets them again at each release (the data file may have just been made, or chmodded).

Never through a link. The lock is opened with ``O_NOFOLLOW`` and must be a regular file: a
link planted there, anyone's, is refused, so nobody can steer our create or chmod to a file
of their choosing; the mode of a lock with a second name (a hard link) is never touched.

A lock file a writer cannot open (a colleague's umask 077 made it 0600) or that lets others
in is replaced by that writer, if it may write the folder, in the classic way:
1. a new lock file is made under a temp name with the right mode, and flocked; it must then
   show in /proc/locks, else /proc/locks cannot say who holds what here and we refuse;
2. while /proc/locks shows the old lock held, wait: a writer is saving;
3. swap the two names in one step (``renameat2(RENAME_EXCHANGE)``): the lock path never
   goes missing (anyone would create a fresh lock there), and the temp name then holds
   exactly the inode we displaced, even if another writer replaced it meanwhile;
4. wait until /proc/locks shows the displaced inode free: whoever locked it before the swap
   is saving and finishes first;
5. every locker, once its flock succeeds, checks that the path still names the inode it
   locked (``fstat`` of the descriptor against ``lstat`` of the path), else starts again:
   a lock taken on a displaced inode after the swap is worth nothing.
Without /proc/locks or the swap (NFS, CIFS) the lock is not replaced: one line names the
file and its owner. /proc/locks shows this server's locks only: one server is assumed. A
replacer killed midway may leave its temp name (``.NAME.lock.<hex>.tmp``, empty) behind: no
one else may delete it, as it may be a live replacer's, and it harms nothing.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cchc_tui.core.errors import DataFileError
from cchc_tui.store import fileio

_POLL_SECONDS = 0.05
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL
# Where a filesystem (or an old kernel or libc) cannot swap two names.
_NO_EXCHANGE = frozenset({errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP})
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2

Access = tuple[int, int | None]  # the mode a lock file needs, and its group


@contextmanager
def exclusive_lock(lock_path: Path, data_path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock for ``data_path``, waiting up to ``timeout`` seconds for another writer."""
    try:
        fd = _acquire(lock_path, data_path, time.monotonic() + timeout)
    except TimeoutError:
        raise DataFileError("db_locked", seconds=f"{timeout:g}", lock=str(lock_path)) from None
    except OSError as exc:
        raise _denied(lock_path, exc) from None
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            _fit(fd, data_path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def lock_mode(data_mode: int) -> int:
    """Read and write for each class (owner, group, others) that may write the data file."""
    return sum(0o6 << shift for shift in (6, 3, 0) if data_mode & (0o2 << shift))


def _acquire(lock_path: Path, data_path: Path, deadline: float) -> int:
    while True:
        fd = _open(lock_path, data_path, deadline)
        try:
            _flock(fd, deadline)
            if _names(lock_path, fd):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # replaced while we waited: lock the file the name gives now


def _open(lock_path: Path, data_path: Path, deadline: float) -> int:
    """A read-write descriptor of the lock file, made or replaced as needed."""
    while True:
        try:
            fd = fileio.open_regular(lock_path, os.O_RDWR)
        except FileNotFoundError:
            try:
                fd = fileio.open_regular(lock_path, _CREATE)
            except FileExistsError:
                continue  # made by another writer meanwhile: open theirs
            _give_new(fd, data_path)
            return fd
        except PermissionError:
            replaced = _replace(lock_path, data_path, deadline)
            if replaced is None:
                continue
            return replaced
        wanted = _wanted(data_path)
        info = os.fstat(fd)
        if wanted is None or not _lets_in_others(info, wanted):
            return fd
        if _ours(info):
            _give(fd, *wanted)
            return fd
        os.close(fd)
        replaced = _replace(lock_path, data_path, deadline)
        if replaced is not None:
            return replaced


def _wanted(data_path: Path) -> Access | None:
    """The lock's mode and group for the data file as it is now; None when there is none."""
    try:
        info = os.lstat(data_path)
    except OSError:
        return None
    return lock_mode(info.st_mode), info.st_gid


def _give_new(fd: int, data_path: Path) -> None:
    """A lock file just made: the access the data file calls for, or, when the data file is
    being created, the access a new data file gets in this folder (umask, shared folder)."""
    wanted = _wanted(data_path)
    if wanted is None:
        wanted = lock_mode(fileio.new_file_mode(fd, data_path.parent)), None
    _give(fd, *wanted)


def _give(fd: int, mode: int, gid: int | None) -> None:
    if gid is not None and os.fstat(fd).st_gid != gid:
        try:
            os.fchown(fd, -1, gid)
        except PermissionError:
            mode &= ~0o070  # a group we are not in: its place stays closed to our own group
    os.fchmod(fd, mode)


def _fit(fd: int, data_path: Path) -> None:
    """At release, by the lock's owner: the access the data file now calls for."""
    wanted = _wanted(data_path)
    info = os.fstat(fd)
    if wanted is not None and _ours(info) and (stat.S_IMODE(info.st_mode), info.st_gid) != wanted:
        _give(fd, *wanted)


def _ours(info: os.stat_result) -> bool:
    # A second name means someone linked another file here: its mode is not ours to change.
    return info.st_uid == os.geteuid() and info.st_nlink == 1


def _lets_in_others(info: os.stat_result, wanted: Access) -> bool:
    """Whether the lock file opens to anyone the data file does not let write (or is a
    hard link to some other file)."""
    mode, gid = wanted
    allowed = mode if info.st_gid == gid else mode & ~0o070
    return bool(stat.S_IMODE(info.st_mode) & ~allowed & 0o666) or info.st_nlink != 1


def _names(lock_path: Path, fd: int) -> bool:
    """Whether ``lock_path`` still names the file locked through ``fd``."""
    try:
        return os.path.samestat(os.lstat(lock_path), os.fstat(fd))
    except FileNotFoundError:
        return False


def _flock(fd: int, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise TimeoutError from None
            time.sleep(_POLL_SECONDS)


# --- replacing a lock file writers cannot use ---------------------------------------------


def _replace(lock_path: Path, data_path: Path, deadline: float) -> int | None:
    """Put a new, locked lock file in place of the one there (see the module's steps);
    its descriptor, or None when the lock file went away meanwhile."""
    try:
        old = fileio.regular_stat(lock_path)
    except FileNotFoundError:
        return None
    staged = lock_path.with_name(f".{lock_path.name}.{os.urandom(6).hex()}.tmp")
    fd = fileio.open_regular(staged, _CREATE)
    try:
        _give_new(fd, data_path)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody else knows this file yet
        held = _held()
        if held is None or _key(os.fstat(fd)) not in held:
            raise _stuck(lock_path, old, data_path, "no_proc_locks")
        _wait_until_free(old, deadline)
        try:
            _exchange(staged, lock_path)
        except FileNotFoundError:
            os.close(fd)
            return None
        except OSError as exc:
            if exc.errno in _NO_EXCHANGE:
                raise _stuck(lock_path, old, data_path, "no_exchange") from None
            raise
        _wait_until_free(os.lstat(staged), deadline)
        return fd
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise
    finally:
        # Our new lock before the swap, the displaced one after it: no one's lock now.
        with contextlib.suppress(OSError):
            os.unlink(staged)


def _wait_until_free(info: os.stat_result, deadline: float) -> None:
    while _key(info) in (_held() or ()):
        if time.monotonic() >= deadline:
            raise TimeoutError
        time.sleep(_POLL_SECONDS)


def _key(info: os.stat_result) -> tuple[int, int, int]:
    return os.major(info.st_dev), os.minor(info.st_dev), info.st_ino


def _held() -> set[tuple[int, int, int]] | None:
    """The files someone on this server holds a lock on, as /proc/locks lists them
    (``1: FLOCK  ADVISORY  WRITE 4242 fe:00:2164219 0 EOF``); None if it cannot be read."""
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as listing:
            lines = listing.read().splitlines()
    except OSError:
        return None
    held = set()
    for line in lines:
        for field in line.split():
            major, _, rest = field.partition(":")
            minor, _, inode = rest.partition(":")
            if inode.isdigit():
                with contextlib.suppress(ValueError):
                    held.add((int(major, 16), int(minor, 16), int(inode)))
    return held


def _exchange(first: Path, second: Path) -> None:
    """Swap two names in one step (Linux ``renameat2``, glibc ≥ 2.28)."""
    import ctypes  # only a lock replacement needs it

    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS))
    names = (os.fsencode(first), os.fsencode(second))
    if renameat2(_AT_FDCWD, names[0], _AT_FDCWD, names[1], _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))


def _stuck(lock_path: Path, old: os.stat_result, data_path: Path, why: str) -> DataFileError:
    import grp  # only this refusal names a group

    mode, gid = _wanted(data_path) or (0o660, old.st_gid)
    try:
        group = grp.getgrgid(gid or 0).gr_name
    except KeyError:
        group = str(gid)
    return DataFileError(
        f"safety.lock_stuck.{why}",
        lock=str(lock_path),
        owner=fileio.owner_name(old.st_uid),
        mode=f"{stat.S_IMODE(old.st_mode):04o}",
        wanted=f"{mode:04o}",
        group=group,
    )


def _denied(lock_path: Path, exc: OSError) -> DataFileError:
    return DataFileError("db_lock_denied", lock=str(lock_path), detail=exc.strerror or str(exc))
