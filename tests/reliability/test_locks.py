"""The lock: a separate, stable ``PATH.lock`` file (the data file is replaced by every write,
so a lock on it would lock nothing); freed by the kernel the moment its holder dies; a hung
holder makes others give up with a clear message after the timeout, never wait forever."""

from __future__ import annotations

import fcntl
import functools
from collections.abc import Iterator

import pytest

from cchc_tui.cli import main
from cchc_tui.core.errors import DataFileError
from cchc_tui.core.i18n import error_text
from cchc_tui.store import Store
from tests.reliability.scenario import crash_note, note_places
from tests.reliability.tools import TODAY, file_state, kill, run_harness, start_harness


def write_note(store: Store, number: int) -> None:
    store.apply(crash_note(store.load(), number))


@pytest.fixture
def holder(store: Store) -> Iterator[None]:
    """Another process holding the data file's lock and doing nothing: hung."""
    child = start_harness("hold", str(store.path), expect="locked")
    yield
    kill(child)


def test_a_holder_killed_with_sigkill_frees_the_lock_at_once(store: Store) -> None:
    child = start_harness("hold", str(store.path), expect="locked")
    with pytest.raises(DataFileError) as refused:
        write_note(Store(store.path, "tester", lock_timeout=0.2), 0)
    assert refused.value.key == "db_locked"
    kill(child)
    write_note(Store(store.path, "tester", lock_timeout=1), 0)  # one second at most
    assert len(note_places(store.load())) == 1


@pytest.mark.usefixtures("holder")
def test_a_hung_holder_makes_the_next_writer_give_up_with_a_clear_message(store: Store) -> None:
    before = file_state(store.path)
    with pytest.raises(DataFileError) as refused:
        write_note(Store(store.path, "tester", lock_timeout=1), 0)
    message = error_text(refused.value, "en")
    assert refused.value.key == "db_locked"
    assert "1 s" in message
    assert str(store.lock_path) in message
    assert file_state(store.path) == before


@pytest.mark.usefixtures("holder")
def test_a_hung_holder_never_makes_a_writer_wait_forever(store: Store) -> None:
    # In a child process, so that waiting forever would fail the test rather than hang it.
    child = run_harness("note", str(store.path), "0", "1")
    assert child.returncode == DataFileError.exit_code
    assert "locked" in child.stderr
    assert len(note_places(store.load())) == 0


@pytest.mark.usefixtures("holder")
def test_through_the_cli_a_hung_holder_gives_one_line_and_exit_3(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("cchc_tui.store.Store", functools.partial(Store, lock_timeout=1))
    before = file_state(store.path)
    code = main(["--db", str(store.path), "--lang", "en", "note", "hong khe", "waiting"])
    err = capsys.readouterr().err.strip()
    assert code == 3
    assert err.count("\n") == 0
    assert str(store.lock_path) in err
    assert file_state(store.path) == before


@pytest.mark.usefixtures("holder")
def test_reading_needs_no_lock(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store.path), "--today", TODAY, "summary"]) == 0
    assert main(["--db", str(store.path), "check"]) == 0
    assert "96/KH-UBND" in capsys.readouterr().out


def test_the_lock_is_a_separate_file_that_stays(store: Store) -> None:
    write_note(store, 0)
    lock_inode = store.lock_path.stat().st_ino
    for number in range(1, 4):
        write_note(store, number)
        assert store.lock_path.exists()  # never deleted on release
        assert store.lock_path.stat().st_ino == lock_inode  # everyone locks the same inode
        assert store.lock_path.stat().st_ino != store.path.stat().st_ino
        assert store.lock_path.stat().st_size == 0


def test_a_lock_held_on_the_data_file_itself_means_nothing_to_the_store(store: Store) -> None:
    with store.path.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        write_note(Store(store.path, "tester", lock_timeout=1), 0)
    assert len(note_places(store.load())) == 1
