"""Pilot helpers: the app on a fresh data file, a fixed today, waiting for store jobs.

Nothing here waits on the wall clock. Text a test does not mean to type key by key is
pasted (one event, as a terminal's bracketed paste), and the app's once-a-second look at
the file runs only when a test calls ``poll``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.events import Paste
from textual.pilot import Pilot

from cchc_tui.core.i18n import Lang
from cchc_tui.core.workflow import schedule
from cchc_tui.store import Store
from cchc_tui.tui import app as app_module
from cchc_tui.tui.app import CchcApp, make_app

TODAY = date(2023, 9, 25)

MakeApp = Callable[..., CchcApp]
# The app's timer for its look at the file, in tests: longer than any test runs.
POLL_NEVER = 24 * 3600.0


@pytest.fixture(autouse=True)
def _poll_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is looked at when a test says so (``poll``), not when a second has passed."""
    monkeypatch.setattr(app_module, "POLL_SECONDS", POLL_NEVER)


@pytest.fixture
def make(store: Store, db_path: Path) -> MakeApp:
    """Build the app on the test's data file (already holding the sample plan)."""

    def build(lang: Lang = "vi", today: date = TODAY) -> CchcApp:
        return make_app(db_path, today=today, lang=lang, plan=None)

    return build


async def settle(pilot: Pilot[object]) -> None:
    """Wait until every store job has finished and the screen has caught up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def poll(pilot: Pilot[object]) -> None:
    """One turn of the app's once-a-second look at the file, and what it loads."""
    pilot.app.check_file()
    await settle(pilot)


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` key by key, each handled before the next (~0.1 s a key): only where
    the keys themselves are tested; ``paste`` is what fills a field."""
    for character in text:
        await pilot.press(character)


async def paste(pilot: Pilot[object], text: str) -> None:
    """Paste ``text`` where the focus is: one event, as a terminal's bracketed paste."""
    if text:
        pilot.app.post_message(Paste(text))
        await pilot.pause()


def screen_text(app: CchcApp) -> str:
    """What the top screen shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def notices(app: CchcApp) -> list[str]:
    """The notifications shown so far (messages only)."""
    return [notification.message for notification in app._notifications]


async def find_unit(pilot: Pilot[object], typed: str = "hong k") -> None:
    """Filter the units by name: "/", the name (pasted), Enter."""
    await pilot.press("slash")
    await paste(pilot, typed)
    await pilot.press("enter")


async def schedule_by_keys(pilot: Pilot[object], day: str) -> None:
    """``d``, the date, Enter, on the unit under the cursor; wait until it is saved."""
    await pilot.press("d")
    await paste(pilot, day)
    await pilot.press("enter")
    await settle(pilot)


def schedule_in_file(path: Path, query: str, day: date, user: str = "tester") -> None:
    """Someone (by default this same person, elsewhere) sets an inspection date."""
    writer = Store(path, user)
    snapshot = writer.load()
    writer.apply(schedule(snapshot.plan, snapshot.find(query), day))
