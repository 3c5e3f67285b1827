"""The main screen as pictures (SVG) at 80x24 and 120x40, on a fixed day.

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after a wanted change,
and look at the pictures before committing them.
"""

from __future__ import annotations

from datetime import date

from textual.pilot import Pilot
from textual.widgets import Input

from cchc_tui.core.model import Step
from cchc_tui.core.workflow import mark, schedule
from cchc_tui.store import Store
from tests.tui.conftest import TODAY, MakeApp, settle


def progress_made(store: Store) -> None:
    """Hồng Khê scheduled and notified, Tân Hồng late to notify: something to see."""
    snapshot = store.load()
    store.apply(schedule(snapshot.plan, snapshot.find("hong khe"), date(2023, 10, 5)))
    snapshot = store.load()
    store.apply(mark(snapshot.plan, snapshot.find("hong khe"), Step.NOTIFIED, TODAY, TODAY))
    snapshot = store.load()
    store.apply(schedule(snapshot.plan, snapshot.find("tan hong"), date(2023, 10, 2)))


async def still(pilot: Pilot[object]) -> None:
    """Every pane mounted and filled, no blinking cursor."""
    await settle(pilot)
    for field in pilot.app.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_main_screen_80x24(snap_compare, make: MakeApp, store: Store) -> None:
    progress_made(store)
    assert snap_compare(make(), terminal_size=(80, 24), run_before=still)


def test_main_screen_120x40(snap_compare, make: MakeApp, store: Store) -> None:
    progress_made(store)
    assert snap_compare(make(), terminal_size=(120, 40), run_before=still)
