"""A writer killed with SIGKILL at any moment leaves a whole file: the state before or after
the change it was making, never a torn one, and never a lock that blocks the next person."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import orjson
import pytest

from cchc_tui.store import Store
from cchc_tui.store.history_log import log_path
from tests.reliability.scenario import CRASH_USER, crash_state, note_places
from tests.reliability.tools import (
    CHILD_TIMEOUT,
    REPO,
    assert_sound,
    kill,
    no_leftovers,
    run_harness,
    start_harness,
)

pytestmark = pytest.mark.slow

KILLS = 120
LONG_HISTORY_KILLS = 40
SEED = 20230920


def test_a_writer_killed_120_times_mid_change_loses_nothing(store: Store) -> None:
    _kill_loop(store, KILLS)


def test_a_writer_killed_mid_change_behind_100000_history_entries_loses_nothing(
    store: Store,
) -> None:
    made = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "make_history.py"),
            str(store.path),
            "--entries",
            "100000",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert store.check()[2] == 100_000
    _kill_loop(store, LONG_HISTORY_KILLS)
    assert store.check()[2] > 100_000


def test_a_writer_killed_between_its_history_line_and_the_data_file_loses_nothing(
    store: Store,
) -> None:
    run_harness("note", str(store.path), "0")
    killed = run_harness("note-killed-after-append", str(store.path), "1")
    assert killed.returncode == -signal.SIGKILL
    log = log_path(store.path)
    assert log.stat().st_size > orjson.loads(store.path.read_bytes())["_meta"]["1"]["history_bytes"]
    reader = Store(store.path, "reader")
    assert [e.id for e in reader.history()] == [1]
    assert list(note_places(reader.load())) == ["crash 0"]
    assert reader.check() == (1, 28, 1)
    finished = run_harness("note", str(store.path), "2")
    assert finished.returncode == 0, finished.stderr
    # The killed writer's id was never committed: the next change takes it.
    assert [e.id for e in reader.history()] == [1, 2]
    assert list(note_places(reader.load())) == ["crash 0", "crash 2"]
    assert reader.check() == (1, 28, 2)


def _kill_loop(store: Store, kills: int) -> None:
    moments = random.Random(SEED)
    done = 0  # crash notes in the file so far
    mid_write = 0  # kills that left a temp file: they hit the atomic write itself
    for _ in range(kills):
        writer = start_harness("crash", str(store.path), str(done))
        assert writer.stdout is not None
        # Let it save a few changes, then kill it somewhere in one of the next: each takes
        # a few milliseconds. (A pause, not a measurement: nothing depends on timing.)
        saved = [int(writer.stdout.readline()) for _ in range(moments.randint(0, 3))]
        time.sleep(moments.uniform(0, 0.006))
        kill(writer)
        mid_write += not no_leftovers(store.path)

        assert_sound(store.path)
        snapshot = Store(store.path, "reader").load()
        now = len(note_places(snapshot))
        assert now >= done + len(saved), "a change the writer had saved is gone"
        assert note_places(snapshot) == crash_state(snapshot, now)
        crash_notes = [e for e in store.history() if e.who == CRASH_USER and e.action == "note"]
        assert len(crash_notes) == now
        done = now

    # Each kill left the lock free: the next writer got it at once (one second at most).
    finished = run_harness("note", str(store.path), str(done), "1")
    assert finished.returncode == 0, finished.stderr
    assert no_leftovers(store.path)
    assert len(note_places(Store(store.path, "reader").load())) == done + 1
    print(
        f"{kills} SIGKILLs ({mid_write} inside the atomic write): {kills} sound files, "
        f"{done} changes saved, none lost"
    )
