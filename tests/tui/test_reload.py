"""Other people's changes: noticed within seconds, cursor kept, told who did what; conflicts."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from cchc_tui.store import Store
from cchc_tui.tui.app import CchcApp
from cchc_tui.tui.dialogs.date import DateDialog
from cchc_tui.tui.panes.units import UnitsTable
from tests.tui.conftest import (
    MakeApp,
    find_unit,
    notices,
    paste,
    poll,
    raised,
    schedule_in_file,
    screen_text,
    settle,
)


def cursor_name(app: CchcApp) -> str:
    table = app.screen.query_one(UnitsTable)
    return table.snapshot.unit(table.selected_key).display_name


async def test_a_change_by_someone_else_shows_with_who_did_it(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "down")  # Xã Tân Hồng
        assert cursor_name(app) == "Xã Tân Hồng"
        await asyncio.to_thread(schedule_in_file, db_path, "hong khe", date(2023, 10, 5), "lan")
        await poll(pilot)
        assert "05/10/2023" in screen_text(app)
        assert cursor_name(app) == "Xã Tân Hồng"
        told = "lan vừa sửa Xã Hồng Khê: xếp lịch: Ngày kiểm tra: — → 05/10/2023"
        assert told in notices(app)


async def test_many_changes_at_once_are_told_in_one_line(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:

        def burst() -> None:
            for query in ("hong khe", "tan hong", "vinh hung", "thuc khang", "long xuyen"):
                schedule_in_file(db_path, query, date(2023, 10, 9), "lan")

        await asyncio.to_thread(burst)
        await poll(pilot)
        assert screen_text(app).count("09/10/2023") == 5
        merged = [line for line in notices(app) if line.startswith("5 thay đổi mới từ lan")]
        assert len(merged) == 1


async def test_a_stale_dialog_answer_is_refused_as_a_conflict(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, DateDialog)
        await asyncio.to_thread(schedule_in_file, db_path, "hong khe", date(2023, 10, 2), "lan")
        await paste(pilot, "06/10/2023")
        await pilot.press("enter")
        await settle(pilot)
        assert store.load().find("hong khe").inspection_date == date(2023, 10, 2)
        assert any("vừa được lan đổi" in line for line in notices(app))
        assert "02/10/2023" in screen_text(app)  # the refusal loaded the file as it is


async def test_notices_carry_no_markup_or_control_characters(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        odd_user = "[b]lan[/b]\x1b]0;owned\x07"
        await asyncio.to_thread(schedule_in_file, db_path, "hong khe", date(2023, 10, 5), odd_user)
        await poll(pilot)
        assert "05/10/2023" in screen_text(app)
        told = [line for line in notices(app) if "Xã Hồng Khê" in line]
        assert told == ["[b]lan[/b] vừa sửa Xã Hồng Khê: xếp lịch: Ngày kiểm tra: — → 05/10/2023"]
        assert all(notification.markup is False for notification in raised(app))
