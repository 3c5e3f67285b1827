"""Pilot helpers: the app on a fresh data file, a fixed today, waiting for store jobs.

Nothing here waits on the wall clock. Text a test does not mean to type key by key is
pasted (one event, as a terminal's bracketed paste), and the app's once-a-second look at
the file runs only when a test calls ``poll``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.events import Paste
from textual.notifications import Notification
from textual.pilot import Pilot

from cchc_tui.core.i18n import Lang
from cchc_tui.core.workflow import schedule
from cchc_tui.store import Store
from cchc_tui.store.paths import current_user
from cchc_tui.tui import app as app_module
from cchc_tui.tui.app import CchcApp, make_app

TODAY = date(2023, 9, 25)
ENTER = "\r"

MakeApp = Callable[..., CchcApp]
# The app's timer for its look at the file, in tests: longer than any test runs.
POLL_NEVER = 24 * 3600.0


# Objects made between two young collections: Textual makes and drops thousands for each
# frame; at Python's default (700) they reach the old generation, whose full passes took a
# quarter of this suite's time.
YOUNG_OBJECTS = 10_000


@pytest.fixture(autouse=True, scope="session")
def _collector_for_many_apps() -> Iterator[None]:
    """What is imported lives as long as the run: frozen out of the collector's passes, as
    ``cchc_tui.tui.app.run`` does for the loaded data; fewer passes over short-lived frames."""
    young, middle, old = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, middle, old)
    yield
    gc.set_threshold(young, middle, old)
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _poll_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is looked at when a test says so (``poll``), not when a second has passed."""
    monkeypatch.setattr(app_module, "POLL_SECONDS", POLL_NEVER)


# Every notification each app raised, in order. Textual drops one from the screen (and
# from ``App._notifications``) after its timeout in wall-clock seconds; on a busy machine
# a test's steps can take longer than that, and what was said must not depend on it.
RAISED: WeakKeyDictionary[App[Any], list[Notification]] = WeakKeyDictionary()


@pytest.fixture(autouse=True)
def _notifications_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record what each app says in a notification, the way it is raised (``App.notify``)."""
    notify = App.notify

    def record(app: App[Any], message: str, **options: Any) -> None:
        kept = {key: options[key] for key in ("title", "severity") if key in options}
        markup = options.get("markup", True)  # App.notify's default, not Notification's
        RAISED.setdefault(app, []).append(Notification(message, markup=markup, **kept))
        notify(app, message, **options)

    monkeypatch.setattr(App, "notify", record)


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


def bracketed(text: str) -> str:
    """What a terminal sends for a bracketed paste."""
    return f"\x1b[200~{text}\x1b[201~"


async def burst(pilot: Pilot[object], data: str) -> None:
    """Post every event one read of ``data`` makes, without yielding, then wait: keys as a
    fast typist or an SSH link sends them (through Textual's own input parser)."""
    app = pilot.app
    for event in XTermParser().feed(data):
        event.set_sender(app)
        app.post_message(event)
    await settle(pilot)
    await settle(pilot)


async def paste(pilot: Pilot[object], text: str) -> None:
    """Paste ``text`` where the focus is: one event, as a terminal's bracketed paste."""
    if text:
        pilot.app.post_message(Paste(text))
        await pilot.pause()


def screen_text(app: CchcApp) -> str:
    """What the top screen shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def raised(app: CchcApp) -> list[Notification]:
    """The notifications the app raised so far, shown or since timed out."""
    return RAISED.get(app, [])


def notices(app: CchcApp) -> list[str]:
    """The notifications raised so far (messages only)."""
    return [notification.message for notification in raised(app)]


async def find_unit(pilot: Pilot[object], typed: str = "hong k") -> None:
    """Filter the units by name: "/", the name (pasted), Enter, in one burst."""
    await burst(pilot, f"/{bracketed(typed)}{ENTER}")


async def schedule_by_keys(pilot: Pilot[object], day: str) -> None:
    """``d``, the date, Enter, on the unit under the cursor, in one burst; wait until saved."""
    await burst(pilot, f"d{bracketed(day)}{ENTER}")


def schedule_in_file(path: Path, query: str, day: date, user: str | None = None) -> None:
    """Someone (by default this same person, elsewhere: the same OS account) sets an
    inspection date."""
    writer = Store(path, user or current_user())
    snapshot = writer.load()
    writer.apply(schedule(snapshot.plan, snapshot.find(query), day))
