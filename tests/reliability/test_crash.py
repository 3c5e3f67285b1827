"""A writer killed with SIGKILL at any moment leaves a whole file: the state before or after
the change it was making, never a torn one, and never a lock that blocks the next person."""

from __future__ import annotations

import random
import time

import pytest

from cchc_tui.store import Store
from tests.reliability.scenario import crash_state, note_places
from tests.reliability.tools import assert_sound, kill, no_leftovers, run_harness, start_harness

pytestmark = pytest.mark.slow

KILLS = 120
SEED = 20230920


def test_a_writer_killed_120_times_mid_change_loses_nothing(store: Store) -> None:
    moments = random.Random(SEED)
    done = 0  # crash notes in the file so far
    mid_write = 0  # kills that left a temp file: they hit the atomic write itself
    for _ in range(KILLS):
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
        assert sum(1 for e in store.history() if e.action == "note") == now
        done = now

    # Each kill left the lock free: the next writer got it at once (one second at most).
    finished = run_harness("note", str(store.path), str(done), "1")
    assert finished.returncode == 0, finished.stderr
    assert no_leftovers(store.path)
    assert len(note_places(Store(store.path, "reader").load())) == done + 1
    print(
        f"{KILLS} SIGKILLs ({mid_write} inside the atomic write): {KILLS} sound files, "
        f"{done} changes saved, none lost"
    )
