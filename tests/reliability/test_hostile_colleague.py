"""A careless or hostile colleague on the same server (issue 15, cases 1, 2, 5, 6 and 9):
links planted where the store keeps its files, FIFOs, devices and folders in their place,
lock files a umask made unusable. Each is refused in one line, waited out or repaired, and
never hangs a command, opens a file through a link or changes a file it points to."""

from __future__ import annotations

import errno
import grp
import os
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

from cchc_tui.cli import main
from cchc_tui.core.errors import DataFileError
from cchc_tui.core.i18n import error_text
from cchc_tui.store import Store, locking
from tests.reliability.conftest import Office
from tests.reliability.scenario import crash_note, note_places
from tests.reliability.tools import (
    TODAY,
    Account,
    assert_sound,
    file_state,
    kill,
    one_line_error,
    run_cli,
    start_harness,
)

NO_HANG_SECONDS = 20


@pytest.fixture(autouse=True)
def no_hang(request: pytest.FixtureRequest) -> Iterator[None]:
    """A command that blocks (on a FIFO) fails the test instead of hanging it. (The slow
    tests run the CLI in child processes, each with its own time limit.)"""
    if request.node.get_closest_marker("slow"):
        yield
        return

    def hung(signum: int, frame: FrameType | None) -> None:
        raise AssertionError(f"blocked for {NO_HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(NO_HANG_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(db), "--lang", "en", "--today", TODAY, *args])
    return code, capsys.readouterr().err.strip()


def refused(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The one line a refused command prints (exit status 3: the file cannot be used)."""
    code, err = cli(db, *args, capsys=capsys)
    assert code == 3, (args, err)
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def as_account(account: Account, action: Callable[[], int]) -> int:
    """``action`` run in a child process with ``account``'s rights; its exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 99
        try:
            os.setgroups(list(account.groups))
            os.setgid(account.gid)
            os.setuid(account.uid)
            code = action()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def shared_folder(office: Office, parent: Path) -> Path:
    """The office's setgid group folder, as the README sets it up."""
    folder = parent / "cchc"
    folder.mkdir()
    os.chown(folder, 0, office.gid)
    folder.chmod(0o2770)
    return folder


def office_file(office: Office, parent: Path, creator: Account, umask: int = 0o022) -> Path:
    """The data file ``creator`` made (from the sample) in the office's shared folder."""
    db = shared_folder(office, parent) / "cchc.json"
    made = run_cli(db, "--today", TODAY, "summary", account=creator, umask=umask)
    assert made.code == 0, made.err
    return db


def put_lock(db: Path, uid: int, gid: int, mode: int) -> Path:
    """A lock file as someone else (or an older version) left it."""
    lock = db.with_name(db.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.touch()
    os.chown(lock, uid, gid)
    lock.chmod(mode)
    return lock


def private_file(account: Account, parent: Path, text: str = "export TOKEN=secret\n") -> Path:
    """A file in a folder only ``account`` can enter (a ~/.profile, a private plan)."""
    home = parent / f"home-{account.name}"
    home.mkdir()
    os.chown(home, account.uid, account.gid)
    home.chmod(0o700)
    secret = home / "profile"
    secret.write_text(text)
    os.chown(secret, account.uid, account.gid)
    secret.chmod(0o600)
    return secret


def whole_state(path: Path) -> tuple[object, ...]:
    """Bytes, mode, owner and group: what a chmod or chown through a link would change."""
    info = path.stat()
    return path.read_bytes(), info.st_mode, info.st_uid, info.st_gid


def lock_temps(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f".{db.name}.lock.*.tmp"))


# --- 1. a symlinked lock file ---------------------------------------------------------------


def test_a_lock_linked_to_a_victims_file_is_refused_and_the_file_left_alone(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim-profile"
    victim.write_text("export TOKEN=secret\n")
    victim.chmod(0o600)
    store.path.chmod(0o664)  # the old code made the link's target 0660 like this file
    store.lock_path.unlink(missing_ok=True)
    store.lock_path.symlink_to(victim)
    victim_before, data_before = whole_state(victim), file_state(store.path)

    line = refused(store.path, "note", "hong khe", "through the link", capsys=capsys)
    assert f"{store.lock_path} is a symbolic link" in line
    assert whole_state(victim) == victim_before
    assert file_state(store.path) == data_before
    assert store.lock_path.is_symlink()


def test_a_dangling_lock_link_makes_nothing_anywhere(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen-by-the-attacker"
    store.lock_path.unlink(missing_ok=True)
    store.lock_path.symlink_to(chosen)
    line = refused(store.path, "note", "hong khe", "through the link", capsys=capsys)
    assert "is a symbolic link" in line
    assert not chosen.exists()
    assert note_places(store.load()) == {}


@pytest.mark.slow
def test_a_colleagues_lock_link_to_my_file_changes_nothing_for_me_or_root(
    office: Office, open_folder: Path
) -> None:
    clerk, attacker = office.clerks
    db = office_file(office, open_folder, clerk)
    victim = private_file(clerk, open_folder)
    before = whole_state(victim)
    lock = db.with_name(db.name + ".lock")

    def plant() -> int:
        lock.unlink(missing_ok=True)
        lock.symlink_to(victim)
        return 0

    assert as_account(attacker, plant) == 0
    for account in (clerk, None):  # the clerk, then root
        line = one_line_error(run_cli(db, "--lang", "en", "note", "hong khe", "x", account=account))
        assert "is a symbolic link (owned by " + attacker.name in line
        assert whole_state(victim) == before
    assert note_places(Store(db, "reader").load()) == {}


# --- 2. a symlinked data file -----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("where", ["the file", "a folder on the way"])
def test_a_colleagues_link_to_my_private_file_is_never_read_nor_backed_up(
    office: Office, open_folder: Path, where: str
) -> None:
    clerk, attacker = office.clerks
    folder = shared_folder(office, open_folder)
    assert run_cli(folder / "mine.json", "--today", TODAY, "summary", account=clerk).code == 0
    private = private_file(clerk, open_folder, (folder / "mine.json").read_text())
    before = whole_state(private)
    if where == "the file":
        planted, db = folder / "x.json", folder / "x.json"
        target = private
    else:
        planted, db = folder / "sub", folder / "sub" / private.name
        target = private.parent

    def plant() -> int:
        planted.symlink_to(target)
        return 0

    assert as_account(attacker, plant) == 0
    for command in (["summary"], ["check"], ["history"], ["note", "hong khe", "x"], ["export"]):
        outcome = run_cli(db, "--lang", "en", "--today", TODAY, *command, account=clerk)
        line = one_line_error(outcome)
        assert f"{planted} is a symbolic link owned by {attacker.name}" in line, command
        assert "TOKEN" not in outcome.out
    assert whole_state(private) == before
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        ["mine.json", "mine.json.lock", planted.name]
    )
    assert not list(private.parent.glob("*.bak"))


# --- 5. the lock: only writers may hold it -----------------------------------------------------


def try_lock(lock: Path) -> Callable[[], int]:
    """0 if the lock file can be opened (read-only is enough for flock) and locked."""

    def attempt() -> int:
        import fcntl

        try:
            fd = os.open(lock, os.O_RDONLY)
        except PermissionError:
            return 13
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return 0

    return attempt


@pytest.mark.slow
def test_a_member_who_may_only_read_cannot_open_or_hold_the_lock(
    office: Office, open_folder: Path
) -> None:
    writer, reader = office.clerks
    db = office_file(office, open_folder, writer)
    db.chmod(0o640)  # the group reads, only the writer writes
    assert run_cli(db, "note", "hong khe", "by the writer", account=writer).code == 0
    lock = db.with_name(db.name + ".lock")
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    assert as_account(reader, try_lock(lock)) == errno.EACCES
    line = one_line_error(run_cli(db, "--lang", "en", "note", "hong khe", "x", account=reader))
    assert "is read-only" in line
    shown = run_cli(db, "--today", TODAY, "summary", account=reader)
    assert shown.code == 0, shown.err


@pytest.mark.slow
def test_a_legacy_lock_any_member_could_open_is_closed_by_the_next_write(
    office: Office, open_folder: Path
) -> None:
    writer, reader = office.clerks
    db = office_file(office, open_folder, writer)
    db.chmod(0o640)
    lock = put_lock(db, reader.uid, office.gid, 0o664)  # as older versions made it
    assert run_cli(db, "note", "hong khe", "by the writer", account=writer).code == 0
    assert (lock.stat().st_uid, stat.S_IMODE(lock.stat().st_mode)) == (writer.uid, 0o600)
    assert as_account(reader, try_lock(lock)) == errno.EACCES
    assert lock_temps(db) == []


@pytest.mark.slow
def test_a_lock_left_0600_by_a_umask_077_colleague_is_replaced_and_writers_go_on(
    office: Office, open_folder: Path
) -> None:
    first, second = office.clerks
    db = office_file(office, open_folder, first, umask=0o077)
    lock = put_lock(db, first.uid, first.gid, 0o600)  # an older version with umask 077
    turns = [f"turn {turn} by {clerk.name}" for turn, clerk in enumerate((second, first, second))]
    for turn, clerk in zip(turns, (second, first, second), strict=True):
        done = run_cli(db, "note", "hong khe", turn, account=clerk, umask=0o077)
        assert done.code == 0, done.err
        info = lock.stat()
        assert (stat.S_IMODE(info.st_mode), info.st_gid) == (0o660, office.gid)
    assert lock_temps(db) == []
    notes = note_places(Store(db, "reader").load())
    assert sorted(notes) == sorted(turns)


def test_a_lock_that_lets_readers_in_is_replaced_once_its_holder_lets_go(store: Store) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give the lock file to another user")
    store.path.chmod(0o644)
    holder = start_harness("hold", str(store.path), expect="locked")
    os.chown(store.lock_path, 65534, 65534)
    store.lock_path.chmod(0o666)
    old = store.lock_path.stat().st_ino
    with pytest.raises(DataFileError) as waited:
        store.apply(crash_note(Store(store.path, "t", lock_timeout=0.5).load(), 0))
    assert waited.value.key == "db_locked"  # never taken from under a holder
    assert store.lock_path.stat().st_ino == old
    kill(holder)
    store.apply(crash_note(store.load(), 0))
    info = store.lock_path.stat()
    assert info.st_ino != old
    assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (0, 0o600)
    assert lock_temps(store.path) == []
    assert len(note_places(store.load())) == 1


@pytest.mark.slow
def test_no_note_is_lost_while_the_lock_keeps_being_made_unusable(
    office: Office, open_folder: Path
) -> None:
    """Both clerks write at once while the lock file is again and again given to one of
    them with mode 0600: each replacement waits for the holder, every locker checks it
    locked the file the name gives, so no two writes overlap and nothing is lost."""
    db = office_file(office, open_folder, office.clerks[0])
    lock = db.with_name(db.name + ".lock")
    notes_each = 12
    failures: list[str] = []
    inodes: set[int] = set()  # each replacement is a new lock file
    done = threading.Event()

    def write(clerk: Account) -> None:
        for number in range(notes_each):
            outcome = run_cli(db, "note", "hong khe", f"{clerk.name} {number}", account=clerk)
            if outcome.code != 0:
                failures.append(outcome.err)

    def break_the_lock() -> None:
        turn = 0
        while not done.wait(0.03):
            turn += 1
            owner = office.clerks[turn % 2]
            try:
                os.chown(lock, owner.uid, owner.gid)
                lock.chmod(0o600)
                inodes.add(lock.stat().st_ino)
            except OSError:
                pass

    breaker = threading.Thread(target=break_the_lock)
    writers = [threading.Thread(target=write, args=(clerk,)) for clerk in office.clerks]
    breaker.start()
    try:
        for thread in writers:
            thread.start()
        for thread in writers:
            thread.join()
    finally:
        done.set()
        breaker.join()
    assert failures == []
    notes = note_places(Store(db, "reader").load())
    expected = {f"{clerk.name} {n}" for clerk in office.clerks for n in range(notes_each)}
    assert set(notes) == expected
    assert_sound(db)
    assert len(inodes) > 3
    assert lock_temps(db) == []


# --- 6. a FIFO, a device or a folder in place of a file ------------------------------------

KINDS = ["fifo", "device", "folder"]
SAYS = {
    "fifo": "is a FIFO (named pipe)",
    "device": "is a device",
    "folder": "is a folder",
}
COMMANDS = [
    ["summary"],
    ["check"],
    ["history"],
    ["units"],
    ["export"],
    ["note", "hong khe", "x"],
    ["restore"],
]


def put(kind: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("only root can make a device file")
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
    else:
        path.mkdir()


@pytest.mark.parametrize("kind", KINDS)
def test_an_unusual_data_file_is_refused_by_every_command_in_one_line(
    store: Store, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))
    put(kind, store.path)
    for command in COMMANDS:
        line = refused(store.path, *command, capsys=capsys)
        assert f"{store.path} {SAYS[kind]}" in line, command
    assert stat.S_IFMT(store.path.lstat().st_mode) != stat.S_IFREG


def test_a_fifo_data_file_never_hangs_a_child_process(store: Store) -> None:
    put("fifo", store.path)
    for command in (["check"], ["--today", TODAY, "summary"], ["note", "hong khe", "x"]):
        assert "is a FIFO" in one_line_error(run_cli(store.path, "--lang", "en", *command))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("which", ["lock", "backup"])
def test_an_unusual_lock_or_backup_refuses_changes_in_one_line(
    store: Store, kind: str, which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))
    path = store.lock_path if which == "lock" else store.backup_path
    put(kind, path)
    before = file_state(store.path)
    for command in (["note", "hong khe", "x"], ["restore"]):
        line = refused(store.path, *command, capsys=capsys)
        assert f"{path} {SAYS[kind]}" in line, command
    assert file_state(store.path) == before
    for command in (["check"], ["summary"]):  # reading needs neither
        assert cli(store.path, *command, capsys=capsys)[0] == 0, command


def test_a_fifo_backup_of_a_damaged_file_is_not_offered_nor_waited_on(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))
    put("fifo", store.backup_path)
    store.path.write_bytes(b"{ damaged")
    line = refused(store.path, "check", capsys=capsys)
    assert "is damaged" in line
    assert "restore" not in line


# --- 9. output files ------------------------------------------------------------------------

OUTPUT_COMMANDS = [
    ["export"],
    ["summary"],
    ["summary", "--format", "docx"],
    ["new-plan", "01/KH-UBND", "--issued", "05/01/2024"],
]


@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=lambda c: " ".join(c[:3]))
def test_a_full_disk_leaves_the_old_output_file_whole(
    store: Store,
    tmp_path: Path,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "reports" / "out.file"
    out.parent.mkdir()
    out.write_bytes(b"last week's report\n" * 1000)
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        if fd > 2:  # the report's temp file; the terminal still gets the message
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    code, err = cli(store.path, *command, "-o", str(out), capsys=capsys)
    monkeypatch.undo()
    assert code == 1
    assert err == f"cchc-tui: error: Could not write {out}: No space left on device."
    assert out.read_bytes() == b"last week's report\n" * 1000
    assert [path.name for path in out.parent.iterdir()] == ["out.file"]
    assert cli(store.path, *command, "-o", str(out), capsys=capsys)[0] == 0
    assert out.read_bytes() != b"last week's report\n" * 1000


def test_output_to_a_device_or_a_read_fifo_is_written_into_not_replaced(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(store.path, "export", "-o", os.devnull, capsys=capsys)[0] == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        # Refused (no reader) until cat is inside its open(); then written into.
        while cli(store.path, "export", "-o", str(fifo), capsys=capsys)[0] != 0:
            time.sleep(0.01)
        assert b"96/KH-UBND" in reader.communicate(timeout=NO_HANG_SECONDS)[0]
    finally:
        reader.kill()
        reader.wait()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_output_to_a_fifo_nobody_reads_is_refused_not_waited_on(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = cli(store.path, "export", "-o", str(fifo), capsys=capsys)
    assert code == 1
    assert err.startswith(f"cchc-tui: error: Could not write {fifo}: ")


def test_output_follows_your_own_link_and_refuses_a_colleagues(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("old")
    mine = tmp_path / "mine.txt"
    mine.symlink_to(report)
    assert cli(store.path, "export", "-o", str(mine), capsys=capsys)[0] == 0
    assert mine.is_symlink()
    assert "96/KH-UBND" in report.read_text()
    if os.geteuid() != 0:
        return
    victim = tmp_path / "victim"
    victim.write_text("theirs")
    planted = tmp_path / "planted.txt"
    planted.symlink_to(victim)
    os.lchown(planted, 65534, 65534)
    code, err = cli(store.path, "export", "-o", str(planted), capsys=capsys)
    assert code == 3
    assert f"{planted} is a symbolic link owned by nobody" in err
    assert victim.read_text() == "theirs"


@pytest.mark.parametrize("missing", ["/proc/locks", "the swap of two names"])
def test_without_proc_locks_or_the_swap_a_bad_lock_is_refused_not_replaced(
    store: Store, missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give the lock file to another user")
    if missing == "/proc/locks":
        monkeypatch.setattr(locking, "_held", lambda: None)
    else:

        def no_swap(first: Path, second: Path) -> None:
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))

        monkeypatch.setattr(locking, "_exchange", no_swap)
    store.path.chmod(0o644)
    os.chown(store.lock_path, 65534, 65534)
    store.lock_path.chmod(0o666)
    before = file_state(store.path), store.lock_path.stat().st_ino
    with pytest.raises(DataFileError) as stuck:
        store.apply(crash_note(store.load(), 0))
    line = error_text(stuck.value, "en")
    assert line.startswith(f"The lock file {store.lock_path} (owned by nobody, mode 0666) does")
    group = grp.getgrgid(store.path.stat().st_gid).gr_name
    assert line.endswith(f"chgrp {group} {store.lock_path} && chmod 0600 {store.lock_path}")
    assert "\n" not in line
    assert (file_state(store.path), store.lock_path.stat().st_ino) == before
    assert lock_temps(store.path) == []
