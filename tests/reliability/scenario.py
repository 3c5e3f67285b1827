"""The changes the child processes make, deterministic so the tests know every state the
file may be in: the crash writer's numbered notes and the concurrent writers' mix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from cchc_tui.core.model import ChecklistItem, Plan, Unit, Verdict
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.workflow import Change, add_note, set_item

START = datetime(2023, 9, 20, 8, 0, tzinfo=timezone(timedelta(hours=7)))
CRASH_USER = "crasher"
WRITERS = 8
CHANGES_PER_WRITER = 200
VERDICTS = tuple(Verdict)


def crash_note(snapshot: Snapshot, number: int) -> Change:
    """Note ``number`` of the crash writer; note n goes to unit n mod 28."""
    unit = snapshot.units[number % len(snapshot.units)]
    return add_note(unit, f"crash {number}", CRASH_USER, START + timedelta(seconds=number), "a1")


def note_places(snapshot: Snapshot) -> dict[str, str]:
    """Every note's text and the unit it is on."""
    return {note.text: unit.key for unit in snapshot.units for note in unit.notes}


def crash_state(snapshot: Snapshot, done: int) -> dict[str, str]:
    """The notes the file holds once the crash writer's first ``done`` changes landed."""
    units = snapshot.units
    return {f"crash {n}": units[n % len(units)].key for n in range(done)}


def writer_name(writer: int) -> str:
    return f"writer{writer}"


def shared_unit(snapshot: Snapshot) -> Unit:
    """The unit every writer adds notes to (its own units are the first eight)."""
    return snapshot.units[-1]


def mixed_change(snapshot: Snapshot, writer: int, step: int) -> Change:
    """Writer ``writer``'s change ``step``: half notes on its own unit, a quarter notes on
    the shared unit, a quarter verdicts on its own unit's checklist items."""
    own = snapshot.units[writer]
    user = writer_name(writer)
    at = START + timedelta(minutes=writer, seconds=step)
    match step % 4:
        case 0 | 1:
            return add_note(own, f"{user} own {step}", user, at, "a1")
        case 2:
            return add_note(shared_unit(snapshot), f"{user} shared {step}", user, at, "a1")
        case _:
            item, verdict = _verdict_step(snapshot.plan, own, step // 4)
            return set_item(snapshot.plan, own, item, verdict)


def _verdict_step(plan: Plan, unit: Unit, turn: int) -> tuple[ChecklistItem, Verdict]:
    # Item by item, each time the next verdict: an item never gets the value it has.
    items = plan.checklist_for(unit.kind)
    return items[turn % len(items)], VERDICTS[(turn // len(items)) % len(VERDICTS)]


def expected_verdicts(plan: Plan, unit: Unit) -> dict[str, Verdict]:
    """The verdicts a writer leaves on its unit's items after all its changes."""
    final: dict[str, Verdict] = {}
    for step in _verdict_steps():
        item, verdict = _verdict_step(plan, unit, step // 4)
        final[item.id] = verdict
    return final


def _verdict_steps() -> Iterator[int]:
    return (step for step in range(CHANGES_PER_WRITER) if step % 4 == 3)
