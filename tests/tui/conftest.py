"""Pilot helpers: the app on a fresh data file, a fixed today, waiting for store jobs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from cchc_tui.core.i18n import Lang
from cchc_tui.core.workflow import schedule
from cchc_tui.store import Store
from cchc_tui.store.paths import current_user
from cchc_tui.tui.app import CchcApp, make_app

TODAY = date(2023, 9, 25)

MakeApp = Callable[..., CchcApp]


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


async def type_text(pilot: Pilot[object], text: str) -> None:
    for character in text:
        await pilot.press(character)


def screen_text(app: CchcApp) -> str:
    """What the top screen shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def notices(app: CchcApp) -> list[str]:
    """The notifications shown so far (messages only)."""
    return [notification.message for notification in app._notifications]


async def find_unit(pilot: Pilot[object], typed: str = "hong k") -> None:
    """Filter the units by name as a person does: "/", the name, Enter."""
    await pilot.press("slash")
    await type_text(pilot, typed)
    await pilot.press("enter")


async def schedule_by_keys(pilot: Pilot[object], day: str) -> None:
    """``d``, the date, Enter, on the unit under the cursor; wait until it is saved."""
    await pilot.press("d")
    await type_text(pilot, day)
    await pilot.press("enter")
    await settle(pilot)


def schedule_in_file(path: Path, query: str, day: date, user: str | None = None) -> None:
    """Someone (by default this same person, elsewhere: the same OS account) sets an
    inspection date."""
    writer = Store(path, user or current_user())
    snapshot = writer.load()
    writer.apply(schedule(snapshot.plan, snapshot.find(query), day))
