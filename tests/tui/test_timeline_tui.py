"""The timeline screen: b opens it over the plan on screen, the days scroll a week at a time,
Enter opens a unit's page, and the clashes are listed under the grid."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.events import Key

from cchc_tui.tui.screens.detail import DetailScreen
from cchc_tui.tui.screens.timeline import TimelineScreen
from tests.conftest import SEPT_20
from tests.tui.conftest import MakeApp, poll, schedule_in_file, screen_text, settle


def four_scheduled(path: Path) -> None:
    for query, day in (
        ("hong khe", date(2023, 10, 5)),
        ("long xuyen", date(2023, 10, 5)),
        ("tan hong", date(2023, 10, 2)),
        ("kinh te", date(2023, 10, 9)),
    ):
        schedule_in_file(path, query, day)


def day_numbers(text: str) -> list[str]:
    line = next(line for line in text.splitlines() if " 18 19 " in line or " 25 26 " in line)
    return line.strip("│ ").split()


async def test_b_shows_four_rows_and_the_clash_and_scrolls_by_week(
    make: MakeApp, db_path: Path
) -> None:
    four_scheduled(db_path)
    app = make(today=SEPT_20)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        text = screen_text(app)
        assert "Biểu đồ lịch kiểm tra — Kế hoạch 96/KH-UBND" in text
        rows = [line for line in text.splitlines() if line.startswith(("│Xã ", "│Phòng "))]
        assert len(rows) == 4
        hong_khe = next(row for row in rows if "Hồng Khê" in row)
        assert hong_khe.split()[3:6] == ["·", "·", "·"]
        assert "Cảnh báo (1):" in text
        assert "1. Thứ Năm 05/10/2023: 2 đơn vị cùng được kiểm tra" in text
        assert day_numbers(text)[:2] == ["18", "19"]
        await pilot.press("l")
        await settle(pilot)
        assert day_numbers(screen_text(app))[:2] == ["25", "26"]
        await pilot.press("t")
        await settle(pilot)
        assert day_numbers(screen_text(app))[:2] == ["18", "19"]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.title == "Xã Hồng Khê"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TimelineScreen)


async def test_the_timeline_follows_a_change_made_meanwhile(make: MakeApp, db_path: Path) -> None:
    app = make(lang="en", today=SEPT_20)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert "No unit inspected directly has an inspection day yet." in screen_text(app)
        four_scheduled(db_path)
        await poll(pilot)
        text = screen_text(app)
        assert "Warnings (1):" in text
        assert "N schedule notice · R report · I inspection" in text


async def test_escape_then_capital_l_in_one_burst_opens_it(make: MakeApp) -> None:
    """The terminal reads Escape and L typed at once as one "alt+shift+l": two keys."""
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("L", "escape")  # a screen to close first
        await settle(pilot)
        app.post_message(Key("alt+shift+l", "L"))
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        app.post_message(Key("alt+shift+l", "L"))  # closes this one, opens it again
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen) and len(app.screen_stack) == 2
