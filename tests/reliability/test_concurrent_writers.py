"""Eight staff writing one file at once lose nothing.

Eight processes each make 200 changes through the store at the same time: notes on their
own unit, notes on one unit they all share, and verdicts on their own checklist items.
(A TUI open on the file while they write: test_tui_under_writers.py.)
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from cchc_tui.store import Store
from cchc_tui.store import store as store_module
from tests.reliability.scenario import (
    CHANGES_PER_WRITER,
    CRASH_USER,
    WRITERS,
    crash_note,
    expected_verdicts,
    mixed_change,
    note_places,
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


def test_a_reader_thread_never_sees_a_change_half_made(store: Store) -> None:
    """A TUI polls the file from a worker thread while its own changes are saved: every
    snapshot it gets holds whole changes (notes and history agree)."""
    writer = Store(store.path, CRASH_USER)
    problems: list[str] = []
    finished = threading.Event()

    def read() -> None:
        while not finished.is_set():
            snapshot = writer.load()
            if len(note_places(snapshot)) != snapshot.last_change:
                problems.append(f"{len(note_places(snapshot))} notes, {snapshot.last_change}")

    reader = threading.Thread(target=read)
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: anywhere in a change
    reader.start()
    try:
        for number in range(150):
            writer.apply(crash_note(writer.load(), number))
    finally:
        finished.set()
        reader.join()
        sys.setswitchinterval(switch_interval)
    assert problems == []


def test_the_file_is_parsed_again_only_after_someone_else_wrote_it(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 10,000 units parsing is most of a change's cost: a person's own writes are not
    read back, anyone else's always are."""
    parsed: list[Path] = []
    decode = store_module.decode

    def counting(payload: bytes, path: Path) -> dict[str, object]:
        parsed.append(path)
        return decode(payload, path)

    monkeypatch.setattr(store_module, "decode", counting)
    store.load()
    parsed.clear()
    for number in range(3):
        store.apply(crash_note(store.load(), number))
    assert parsed == []
    Store(db_path, "other").apply(crash_note(Store(db_path, "other").load(), 3))
    parsed.clear()
    assert len(note_places(store.load())) == 4
    assert parsed == [store.path]
