"""No file is touched on the UI thread: the poll's look at the file, the unit's history
and a saved report all run in a thread, through the app's one way of doing store work."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from cchc_tui.store import Store
from cchc_tui.tui.screens import summary
from cchc_tui.tui.screens.detail import DetailScreen
from tests.tui.conftest import TODAY, MakeApp, find_unit, settle


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[bool]]:
    """For each store call watched: whether each call ran off the UI thread."""
    seen: dict[str, list[bool]] = {}

    def watch(owner: object, name: str) -> None:
        original = getattr(owner, name)

        def watched(*args: object, **kwargs: object) -> object:
            seen.setdefault(name, []).append(threading.current_thread() is not ui)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, watched)

    ui = threading.main_thread()
    watch(Store, "version")
    watch(Store, "history")
    watch(summary, "save_report")
    return seen


async def test_the_poll_looks_at_the_file_in_a_thread(
    make: MakeApp, threads: dict[str, list[bool]]
) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        threads.clear()  # from here on, the app's own looks
        app.check_file()
        await settle(pilot)
    assert threads["version"] and all(threads["version"])


async def test_the_detail_reads_the_history_in_a_thread_and_once_per_file_version(
    make: MakeApp, threads: dict[str, list[bool]]
) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await find_unit(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert threads["history"] == [True]
        app.session._today = TODAY + timedelta(days=1)  # midnight passes: only the day changes
        app.show(app.snapshot)
        await settle(pilot)
        assert threads["history"] == [True]


async def test_a_report_is_written_in_a_thread(
    make: MakeApp, db_path: Path, threads: dict[str, list[bool]]
) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s", "w")
        await pilot.press("enter")
        await settle(pilot)
    assert threads["save_report"] == [True]
    assert (db_path.parent / "bao-cao-96-kh-ubnd-2023-09-25.txt").exists()
