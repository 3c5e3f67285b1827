"""A clerk's TUI stays open while eight others write: it reloads and never writes back a
stale copy of the file."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date

import pytest
from textual.pilot import Pilot

from cchc_tui.store import Store
from cchc_tui.tui.app import CchcApp, make_app
from tests.reliability.scenario import CHANGES_PER_WRITER, WRITERS
from tests.reliability.tools import CHILD_TIMEOUT, assert_sound, start_harness

pytestmark = pytest.mark.slow

TODAY = date(2023, 9, 25)


async def until(pilot: Pilot[object], condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        await pilot.pause(0.1)
    assert condition()


def on_screen(app: CchcApp) -> int:
    assert app.state is not None
    return app.state.snapshot.last_change


async def test_a_tui_open_during_eight_writers_keeps_every_change(store: Store) -> None:
    before = store.load()
    app = make_app(store.path, today=TODAY, lang="vi")
    writers = [start_harness("mixed", str(store.path), str(w)) for w in range(WRITERS)]
    async with app.run_test(size=(100, 30)) as pilot:
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        # The clerk's own change, made by keys while the writers run: Hùng Thắng is no
        # writer's unit, so nothing may refuse it.
        await pilot.press("slash", *"hung thang", "enter", "d", *"05/10/2023", "enter")
        outcomes = await asyncio.to_thread(
            lambda: [w.communicate(timeout=CHILD_TIMEOUT) for w in writers]
        )
        assert [w.returncode for w in writers] == [0] * WRITERS, [o[1] for o in outcomes]
        await pilot.app.workers.wait_for_complete()
        final = Store(store.path, "reader").load()
        await until(pilot, lambda: on_screen(app) == final.last_change, seconds=10)
        shown = app.state.snapshot if app.state else None

    after = Store(store.path, "reader").load()
    assert_sound(store.path)
    assert after.last_change == before.last_change + WRITERS * CHANGES_PER_WRITER + 1
    assert len(store.history()) == WRITERS * CHANGES_PER_WRITER + 1
    assert after.find("hung thang").inspection_date == date(2023, 10, 5)
    notes = sum(len(unit.notes) for unit in after.units)
    assert notes == WRITERS * CHANGES_PER_WRITER * 3 // 4
    assert shown is not None
    assert shown.units == after.units
