"""Faults at each step of a write, SQLite-style: the Nth os call of the atomic write fails
(N = 1, 2, ... until the write gets through), or the writer is killed right after it. Each
time the file is the old one or the new one, whole, and no temp file outlives the next write.
Also a full disk and I/O errors, as a person sees them through the CLI."""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cchc_tui.cli import main
from cchc_tui.core.errors import DataFileError
from cchc_tui.core.i18n import error_text, t
from cchc_tui.core.planfile import PlanFile
from cchc_tui.store import Store
from tests.reliability.faults import Faults
from tests.reliability.scenario import crash_note, crash_state, note_places
from tests.reliability.tools import (
    TODAY,
    assert_sound,
    file_state,
    no_leftovers,
    run_harness,
)


@contextmanager
def faulty(mode: str, n: int = 0, error: int = errno.EIO) -> Iterator[Faults]:
    with pytest.MonkeyPatch.context() as patch:
        faults = Faults(mode, n, error)
        faults.install(patch.setattr)
        yield faults


def trace(action: Callable[[], object]) -> list[str]:
    """The os calls one atomic write makes, in order."""
    with faulty("trace") as faults:
        action()
    return faults.calls


def data_rename(steps: list[str]) -> int:
    """The call number of the rename that puts the new file in place (the last replace)."""
    return len(steps) - steps[::-1].index("replace")


def saved_notes(store: Store) -> int:
    return len(note_places(Store(store.path, "reader").load()))


def write_note(store: Store, number: int) -> None:
    store.apply(crash_note(store.load(), number))


@pytest.mark.parametrize("mode", ["fail-at", "fail-from"])
def test_a_failure_at_each_step_leaves_the_old_file_or_the_new(store: Store, mode: str) -> None:
    steps = trace(lambda: write_note(store, 0))
    rename = data_rename(steps)
    assert {"open", "write", "fsync", "fchmod", "link", "replace"} <= set(steps)
    done = 1
    for n in range(1, len(steps) + 2):
        old = file_state(store.path)
        with faulty(mode, n):
            try:
                write_note(store, done)
                saved = True
            except DataFileError as error:
                assert error.key == "db_write_failed"
                assert "the old file is intact" in error_text(error, "en")
                saved = False
        assert saved == (n > rename), f"call {n} ({steps[n - 1]}) gave the wrong outcome"
        if saved:
            done += 1
        else:
            assert file_state(store.path) == old, f"call {n} changed the file"
        assert_sound(store.path)
        assert_sound(store.backup_path)
        assert note_places(store.load()) == crash_state(store.load(), done)
        if mode == "fail-at":
            assert no_leftovers(store.path), f"call {n} left a temp file"
        if not saved:  # the disk is well again: the same change goes through
            write_note(store, done)
            done += 1
        assert no_leftovers(store.path)
    assert saved_notes(store) == done


@pytest.mark.slow
def test_a_writer_killed_after_each_step_leaves_the_old_file_or_the_new(store: Store) -> None:
    steps = trace(lambda: write_note(store, 0))
    rename = data_rename(steps)
    done = 1
    for n, step in enumerate(steps, 1):
        old = file_state(store.path)
        child = run_harness("note", str(store.path), str(done), fault=f"kill-after:{n}")
        assert child.returncode == -signal.SIGKILL, child.stderr
        assert_sound(store.path)
        assert_sound(store.backup_path)
        if n >= rename:
            done += 1
        else:
            assert file_state(store.path) == old, f"killed after {step} (call {n})"
        assert saved_notes(store) == done
        # The next writer is not blocked by the dead one's lock and clears its temp file.
        write_note(Store(store.path, "next", lock_timeout=1), done)
        done += 1
        assert no_leftovers(store.path)
    assert saved_notes(store) == done


def test_creating_a_file_fails_whole_at_each_step(tmp_path: Path, sample: PlanFile) -> None:
    path = tmp_path / "new.json"
    steps = trace(lambda: Store(path, "tester").create(sample))
    path.unlink()
    for n in range(1, len(steps) + 1):
        with faulty("fail-at", n):
            try:
                Store(path, "tester").create(sample)
            except DataFileError as error:
                assert error.key == "db_write_failed"
        if path.exists():  # only once the rename is done
            assert n >= data_rename(steps)
            assert_sound(path)
            path.unlink()
        assert no_leftovers(path)


def test_restoring_fails_whole_at_each_step(store: Store) -> None:
    write_note(store, 0)
    damaged = b'{"_meta": {"1": {"app": "cchc-tui"'
    store.path.write_bytes(damaged)
    steps = trace(store.restore_backup)
    for n in range(1, len(steps) + 1):
        store.path.write_bytes(damaged)
        with faulty("fail-at", n):
            try:
                store.restore_backup()
                restored = True
            except DataFileError as error:
                assert error.key == "db_write_failed"
                restored = False
        assert restored == (n > data_rename(steps)), f"call {n} ({steps[n - 1]})"
        if restored:
            assert saved_notes(store) == 0
        else:
            assert store.path.read_bytes() == damaged
        assert no_leftovers(store.path)
    kept = list(store.path.parent.glob("*.damaged-*"))
    assert len(kept) == len(steps) + 1
    assert {path.read_bytes() for path in kept} == {damaged}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ("open", errno.ENOSPC),
        ("write", errno.ENOSPC),
        ("write", errno.EDQUOT),
        ("write", errno.EIO),
        ("fsync", errno.EIO),
        ("close", errno.EIO),  # NFS reports a lost write at close
        ("link", errno.EIO),
        ("replace", errno.EIO),
    ],
)
def test_a_full_disk_or_io_error_keeps_the_old_file_and_says_so(
    store: Store, capsys: pytest.CaptureFixture[str], call: str, error: int
) -> None:
    steps = trace(lambda: write_note(store, 0))
    before = file_state(store.path)
    backup = file_state(store.backup_path)
    with faulty("fail-at", steps.index(call) + 1, error):
        code = main(["--db", str(store.path), "--lang", "en", "note", "hong khe", "lost?"])
    message = capsys.readouterr().err.strip()
    assert code == DataFileError.exit_code
    assert message.count("\n") == 0
    assert t(f"os.{errno.errorcode[error]}", "en") in message  # the system's reason, worded
    assert "the old file is intact" in message
    assert file_state(store.path) == before
    assert file_state(store.backup_path) == backup
    assert no_leftovers(store.path)


def test_a_disk_that_fills_up_halfway_through_the_write(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_state(store.path)
    real_write = os.write
    written: list[int] = []

    def fill_up(fd: int, data: bytes) -> int:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(real_write(fd, data[: len(data) // 2]))
        return written[0]

    monkeypatch.setattr(os, "write", fill_up)
    with pytest.raises(DataFileError) as refused:
        write_note(store, 0)
    monkeypatch.undo()
    assert refused.value.key == "db_write_failed"
    assert written, "the write never started"
    assert file_state(store.path) == before
    assert no_leftovers(store.path)
    write_note(store, 0)
    assert saved_notes(store) == 1


def test_without_hard_links_the_backup_is_a_copy_with_the_same_access(store: Store) -> None:
    os.chmod(store.path, 0o640)
    steps = trace(lambda: write_note(store, 0))
    before = store.path.read_bytes()
    with faulty("fail-at", steps.index("link") + 1, errno.EPERM):  # as on FAT or CIFS
        write_note(store, 1)
    assert store.backup_path.read_bytes() == before
    assert store.backup_path.stat().st_ino != store.path.stat().st_ino
    assert store.backup_path.stat().st_mode & 0o777 == 0o640
    assert saved_notes(store) == 2
    assert no_leftovers(store.path)


def test_the_cli_reports_a_failed_write_in_one_line_in_vietnamese(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    steps = trace(lambda: write_note(store, 0))
    with faulty("fail-at", steps.index("write") + 1, errno.ENOSPC):
        code = main(["--db", str(store.path), "--today", TODAY, "note", "hong khe", "x"])
    message = capsys.readouterr().err.strip()
    assert code == 3
    assert message.count("\n") == 0
    assert "tệp cũ vẫn nguyên vẹn" in message
