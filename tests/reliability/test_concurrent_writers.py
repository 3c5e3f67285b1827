"""Eight staff writing one file at once lose nothing.

Eight processes each make 200 changes through the store at the same time: notes on their
own unit, notes on one unit they all share, and verdicts on their own checklist items.
(A TUI open on the file during this is covered by the TUI's own tests.)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cchc_tui.store import Store
from tests.reliability.scenario import (
    CHANGES_PER_WRITER,
    WRITERS,
    expected_verdicts,
    mixed_change,
    shared_unit,
    writer_name,
)
from tests.reliability.tools import CHILD_TIMEOUT, assert_sound, no_leftovers, start_harness

pytestmark = pytest.mark.slow


def test_eight_writers_making_200_changes_each_lose_none(store: Store) -> None:
    before = store.load()
    writers = [start_harness("mixed", str(store.path), str(w)) for w in range(WRITERS)]
    for writer in writers:  # all set up: now they start together
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    failures = [w.communicate(timeout=CHILD_TIMEOUT)[1] for w in writers]
    assert [w.returncode for w in writers] == [0] * WRITERS, failures

    assert_sound(store.path)
    assert no_leftovers(store.path)
    after = Store(store.path, "reader").load()
    history = store.history()
    total = WRITERS * CHANGES_PER_WRITER
    assert len(history) == total
    assert after.last_change == before.last_change + total
    assert Counter(entry.who for entry in history) == {
        writer_name(w): CHANGES_PER_WRITER for w in range(WRITERS)
    }
    assert Counter(entry.action for entry in history) == {
        "note": total * 3 // 4,
        "item": total // 4,
    }

    notes = {(unit.key, note.text, note.by) for unit in after.units for note in unit.notes}
    expected_notes = set()
    for w in range(WRITERS):
        for step in range(CHANGES_PER_WRITER):
            change = mixed_change(before, w, step)
            if change.action == "note":
                expected_notes.add((change.unit, change.args["text"], writer_name(w)))
    assert notes == expected_notes
    assert len(after.unit(shared_unit(before).key).notes) == WRITERS * CHANGES_PER_WRITER // 4
    for w in range(WRITERS):
        unit = after.units[w]
        verdicts = {item: result.verdict for item, result in unit.items.items()}
        assert verdicts == expected_verdicts(after.plan, before.units[w])


def test_a_write_by_another_process_is_always_seen(store: Store, db_path: Path) -> None:
    """The store skips re-reading a file it wrote itself; someone else's write (a rename,
    so a new inode) must still be read before the next change."""
    other = Store(db_path, "other")
    mine = store.load()
    theirs = other.load()
    store.apply(mixed_change(mine, 0, 0))
    other.apply(mixed_change(theirs, 1, 0))
    store.apply(mixed_change(store.load(), 0, 1))
    final = Store(db_path, "reader").load()
    assert len(final.units[0].notes) == 2
    assert len(final.units[1].notes) == 1
    assert len(store.history()) == 3
