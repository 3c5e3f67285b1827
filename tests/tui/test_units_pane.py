"""The units pane from the keyboard: filter, sort, schedule, mark, conclude, note, undo."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.errors import RuleError
from cchc_tui.core.i18n import error_text
from cchc_tui.core.model import Conclusion
from cchc_tui.store import Store
from cchc_tui.store.paths import current_user
from cchc_tui.tui.dialogs.choice import ChoiceDialog
from cchc_tui.tui.dialogs.confirm import ConfirmDialog
from cchc_tui.tui.dialogs.date import DateDialog
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.units import FILTER_PAUSE, FilterBox, UnitsTable
from cchc_tui.tui.screens.detail import DetailScreen
from tests.tui.conftest import (
    TODAY,
    MakeApp,
    find_unit,
    notices,
    paste,
    schedule_by_keys,
    schedule_in_file,
    screen_text,
    settle,
    type_text,
)


def names(app) -> list[str]:
    table = app.screen.query_one(UnitsTable)
    return [table.snapshot.unit(key).display_name for key in table.keys]


async def test_opens_with_plan_number_and_today_in_the_header(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)):
        assert "96/KH-UBND" in app.title
        assert app.sub_title == "Hôm nay 25/09/2023"
        assert isinstance(app.focused, UnitsTable)
        text = screen_text(app)
        assert "Xã Hồng Khê" in text
        assert "Chưa xếp lịch" in text


async def test_slash_filters_by_name_without_diacritics(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "hong")  # key by key, as typed
        await pilot.press("enter")
        assert names(app) == ["Xã Hồng Khê", "Xã Tân Hồng", "Xã Vĩnh Hồng"]
        assert isinstance(app.focused, UnitsTable)
        assert "3/28" in screen_text(app)
        await pilot.press("slash", "escape")
        assert len(names(app)) == 28
        assert not app.screen.query_one(FilterBox).display


async def test_a_filter_without_the_unit_under_the_cursor_starts_at_its_first_match(
    make: MakeApp,
) -> None:
    """From the last unit of the list, "/hong": the cursor is on the first unit found, and the
    checklist is that unit's, not whichever match sits where the cursor was."""
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end")
        await find_unit(pilot, "hong")
        table = app.screen.query_one(UnitsTable)
        assert table.cursor == 0
        assert names(app)[0] == "Xã Hồng Khê"
        assert "Nội dung kiểm tra — Xã Hồng Khê" in screen_text(app)


async def test_the_scrollbar_follows_the_filter_as_it_is_typed(make: MakeApp) -> None:
    """A keystroke that leaves more rows than fit keeps the scrollbar without laying the
    screen out again; one that leaves few takes it away; clearing brings it back."""
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(UnitsTable)
        assert table.show_vertical_scrollbar  # 28 units, fewer rows on screen
        await pilot.press("slash")
        await type_text(pilot, "x")  # the communes: still more than fit
        await settle(pilot)
        assert table.show_vertical_scrollbar
        assert table.virtual_size.height == len(table.keys) + table.header_height
        await pilot.press("backspace")
        await type_text(pilot, "hong")
        await settle(pilot)
        assert names(app) == ["Xã Hồng Khê", "Xã Tân Hồng", "Xã Vĩnh Hồng"]
        assert not table.show_vertical_scrollbar
        await pilot.press("escape", "end")
        await settle(pilot)
        assert table.show_vertical_scrollbar
        assert names(app)[-1] in screen_text(app)


async def test_schedule_then_notify_hong_khe(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, DateDialog)
        await paste(pilot, "05/10/2023")
        assert "Thứ Năm, 05/10/2023" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        hong = store.load().find("hong khe")
        assert hong.inspection_date == date(2023, 10, 5)
        assert "05/10/2023" in screen_text(app)
        await pilot.press("n")
        assert isinstance(app.screen, DateDialog)
        await pilot.press("enter")  # the dialog offers today
        await settle(pilot)
        assert store.load().find("hong khe").notified_on == TODAY
        text = screen_text(app)
        assert "Đã thông báo lịch" in text
        assert "còn 5 ngày" in text  # the report is due 30/09
        assert any("Xã Hồng Khê" in line for line in notices(app))


async def test_date_dialog_explains_bad_dates_and_stays_open(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("d")
        await paste(pilot, "31/02/2023")
        assert "Không có ngày “31/02/2023” trên lịch." in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, DateDialog)
        await pilot.press("ctrl+u")
        await paste(pilot, "01/09/2023")
        assert "trước ngày ban hành kế hoạch" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        assert store.load().find("hong khe").inspection_date is None


async def test_a_step_out_of_order_is_refused_with_its_reason(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("n")  # not scheduled yet
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        unit = store.load().find("hong khe")
        expected = error_text(
            RuleError(
                "rule.needs_step", unit=unit.display_name, needed="schedule", step="notified"
            ),
            "vi",
        )
        assert expected in notices(app)
        assert store.load().find("hong khe").notified_on is None


async def test_marks_on_typed_dates_then_conclude(make: MakeApp, store: Store) -> None:
    app = make(today=date(2023, 10, 6))
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await schedule_by_keys(pilot, "05/10/2023")
        for key, day in (("n", "20/09/2023"), ("r", "29/09/2023"), ("i", "05/10/2023")):
            await pilot.press(key)
            await pilot.press("ctrl+u")  # clear the offered date
            await paste(pilot, day)
            await pilot.press("enter")
            await settle(pilot)
        unit = store.load().find("hong khe")
        assert (unit.notified_on, unit.report_on, unit.inspected_on) == (
            date(2023, 9, 20),
            date(2023, 9, 29),
            date(2023, 10, 5),
        )
        await pilot.press("c")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # Biểu dương, then Đạt
        await settle(pilot)
        assert store.load().find("hong khe").conclusion is Conclusion.SATISFACTORY
        assert "✓" in screen_text(app)


async def test_add_note_shows_in_detail(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await find_unit(pilot)
        await pilot.press("a")
        await paste(pilot, "Gọi điện trước 1 ngày")
        await pilot.press("enter")
        await settle(pilot)
        notes = store.load().find("hong khe").notes
        assert [note.text for note in notes] == ["Gọi điện trước 1 ngày"]
        assert notes[0].by == f"{current_user()} (tester)"  # the account, and the name given
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Gọi điện trước 1 ngày" in text
        assert "ghi chú" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)


async def test_enter_opens_the_unit_with_its_deadlines(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await find_unit(pilot)
        await schedule_by_keys(pilot, "05/10/2023")
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Thông báo lịch, hạn 25/09/2023, hôm nay" in text
        assert (
            "Nhận báo cáo, hạn 30/09/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu 29/09/2023, còn 5 ngày"
            in text
        )
        await pilot.press("n", "enter")  # the same keys work on the detail screen
        await settle(pilot)
        assert "xong 25/09/2023" in screen_text(app)


async def test_u_and_ctrl_z_ask_then_undo_the_last_change(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await schedule_by_keys(pilot, "05/10/2023")
        await pilot.press("n", "enter")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Hoàn tác #2: Xã Hồng Khê — Ngày thông báo lịch: 25/09/2023 → —?" in screen_text(app)
        await pilot.press("n")  # no: nothing happens
        await settle(pilot)
        assert store.load().find("hong khe").notified_on == TODAY
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        unit = store.load().find("hong khe")
        assert unit.notified_on is None
        assert unit.inspection_date == date(2023, 10, 5)
        assert "Đã xếp lịch" in screen_text(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "Hoàn tác #1: Xã Hồng Khê — Ngày kiểm tra: 05/10/2023 → —?" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert store.load().find("hong khe").inspection_date is None
        assert any(line.startswith("Đã hoàn tác") for line in notices(app))
        await pilot.press("u")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDialog)  # nothing left: said, not asked
        assert any(
            f"Không có thay đổi nào của {current_user()} (tester)" in line for line in notices(app)
        )


async def test_undo_refuses_when_the_last_change_is_no_longer_the_one_shown(
    make: MakeApp, store: Store
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await schedule_by_keys(pilot, "05/10/2023")
        await pilot.press("u")
        await settle(pilot)
        schedule_in_file(store.path, "tan hong", date(2023, 10, 2))  # me, in another window
        await pilot.press("y")
        await settle(pilot)
        assert store.load().find("hong khe").inspection_date == date(2023, 10, 5)
        assert any("không còn là #1" in line for line in notices(app))


async def test_o_changes_the_order(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        assert names(app)[0] == "Phòng Giáo dục và Đào tạo"
        assert "sắp xếp: tên" in screen_text(app)
        await pilot.press("o", "o", "o", "o")
        assert names(app)[0] == "Phòng Kinh tế - Hạ tầng"


async def test_the_checklist_follows_the_filter_once_typing_pauses(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        checklist = app.screen.query_one(ChecklistView)
        await pilot.press("slash")
        await type_text(pilot, "tan viet")
        await pilot.pause(3 * FILTER_PAUSE)
        await settle(pilot)
        assert names(app)[0] == "Xã Tân Việt"
        assert checklist.unit is not None and checklist.unit.display_name == "Xã Tân Việt"
        assert "Xã Tân Việt" in str(checklist.border_title)


async def test_a_filter_longer_than_its_box_scrolls_to_the_cursor_and_back(
    make: MakeApp,
) -> None:
    """The box keeps a fixed virtual width while its text fits (no layout per key); past
    that, it scrolls as Textual's Input does."""
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.screen.query_one(FilterBox)
        await pilot.press("slash")
        await paste(pilot, "x" * 85)
        await pilot.press("y", "z")
        await settle(pilot)
        assert box.scroll_x == box.max_scroll_x > 0
        line = screen_text(app).splitlines()[box.region.y][box.region.x : box.region.right]
        assert line.rstrip().endswith("xyz")
        await pilot.press(*["backspace"] * 80)
        await settle(pilot)
        assert box.scroll_x == 0
        assert box.value == "x" * 7
