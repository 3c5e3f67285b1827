"""Days off on screen: the calendar marks and names them, the agenda flags a due date on a
weekend with its step, and choosing an inspection day warns before Enter saves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from cchc_tui.store import Store
from cchc_tui.tui.app import CchcApp
from cchc_tui.tui.dialogs.date import DateDialog
from tests.tui.conftest import MakeApp, find_unit, paste, schedule_in_file, screen_text, settle


def day_info(app: CchcApp) -> str:
    return str(app.screen.query_one("#day-info", Static).render())


async def test_two_months_and_a_weekend_deadline_named_with_the_day_to_send_by(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    schedule_in_file(db_path, "tan hong", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.press(*["right"] * 5)  # 25/09 → Saturday 30/09
        await settle(pilot)
        text = screen_text(app)
        assert "Tháng 9/2023" in text and "Tháng 10/2023" in text
        info = day_info(app)
        assert "30/09/2023 (nghỉ: Thứ Bảy — gửi chậm nhất Thứ Sáu 29/09/2023)" in info
        assert "Nhận báo cáo — Xã Tân Hồng" in info
        agenda_row = next(line for line in text.splitlines() if "30/09 T7" in line)
        assert "còn 5 ngày" in agenda_row and "Báo cáo" in agenda_row and "Tân Hồng" in agenda_row


async def test_the_calendar_names_a_holiday_in_vietnamese(make: MakeApp, store: Store) -> None:
    app = make(today=date(2023, 9, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "right")
        await settle(pilot)
        info = day_info(app)
        assert "02/09/2023 (nghỉ: Thứ Bảy, Quốc khánh): không có việc." in info


async def test_choosing_a_saturday_taken_by_another_unit_warns_and_enter_still_saves(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    schedule_in_file(db_path, "tan hong", date(2023, 10, 14))
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await find_unit(pilot)
        await pilot.press("d")
        await paste(pilot, "14/10/2023")
        await pilot.pause()
        assert isinstance(app.screen, DateDialog)
        said = " ".join(line.strip() for line in screen_text(app).splitlines())
        assert "Lưu ý: 14/10/2023 ngoài thời gian kiểm tra 21/09/2023 – 10/10/2023." in said
        assert "Lưu ý: 14/10/2023 là ngày nghỉ: Thứ Bảy." in said
        assert "Lưu ý: ngày 14/10/2023 đã có lịch kiểm tra Xã Tân Hồng." in said
        await pilot.press("enter")
        await settle(pilot)
    assert store.load().find("hong khe").inspection_date == date(2023, 10, 14)
