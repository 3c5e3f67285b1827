"""The checklist keys, the panes at 80x24 (1 2 3, Tab) and the calendar with its agenda."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.model import Verdict
from cchc_tui.store import Store
from cchc_tui.tui.dialogs.choice import VerdictDialog
from cchc_tui.tui.panes.agenda import AgendaList
from cchc_tui.tui.panes.calendar import MonthGrid
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.plan import PlanPane
from cchc_tui.tui.panes.units import UnitsTable
from tests.tui.conftest import (
    MakeApp,
    find_unit,
    paste,
    schedule_in_file,
    screen_text,
    settle,
)


async def test_a_verdict_chosen_in_one_sitting_is_one_change(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, ChecklistView)
        await pilot.press("v")  # offers the next verdict, Đạt; v and space move on
        assert isinstance(app.screen, VerdictDialog)
        await pilot.press("space", "v", "v", "v", "v", "space")  # round all five, then one on
        await pilot.press("enter")
        await settle(pilot)
        result = store.load().find("hong khe").items["ke-hoach"]
        assert result.verdict is Verdict.PARTLY_MET
        assert [entry.action for entry in store.history()] == ["item"]
        assert "Đạt một phần" in screen_text(app)
        await pilot.press("v", "escape")  # Escape: nothing recorded
        await settle(pilot)
        assert len(store.history()) == 1
        await pilot.press("down", "e")
        await paste(pilot, "thiếu 2 bài")
        await pilot.press("enter")
        await settle(pilot)
        result = store.load().find("hong khe").items["tuyen-truyen"]
        assert (result.verdict, result.note) == (None, "thiếu 2 bài")
        assert "thiếu 2 bài" in screen_text(app)


async def test_number_keys_and_tab_switch_panes_on_a_small_screen(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.focused, PlanPane)
        text = screen_text(app)
        assert "Kế hoạch số 96/KH-UBND" in text
        assert "Đã kiểm tra" in text and "0/10" in text
        assert "Xã Hồng Khê" not in text  # one pane at a time
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.focused, MonthGrid)
        assert "Tháng 9/2023" in screen_text(app)
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, AgendaList)
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, PlanPane)
        await pilot.press("shift+tab", "2")
        await pilot.pause()
        assert isinstance(app.focused, UnitsTable)
        assert "Xã Hồng Khê" in screen_text(app)


async def test_all_panes_show_side_by_side_when_wide(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the plan and calendar panes come one frame after the units
        text = screen_text(app)
        for words in ("Kế hoạch số 96/KH-UBND", "Xã Hồng Khê", "Tháng 9/2023", "Việc đến hạn"):
            assert words in text


async def test_calendar_marks_days_and_moves_by_month(make: MakeApp, store: Store) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        grid = app.screen.query_one(MonthGrid)
        assert grid.day == date(2023, 9, 25)
        text = screen_text(app)
        assert "25!" not in text and "30•" in text  # the report of Hồng Khê is due 30/09
        assert "25/09/2023: Thông báo lịch — Xã Hồng Khê" in text
        await pilot.press("greater_than_sign")
        assert "Tháng 10/2023" in screen_text(app)
        assert "5◆" in screen_text(app)
        await pilot.press("less_than_sign", "t", "right", "left", "down", "up")
        assert grid.day == date(2023, 9, 25)


async def test_enter_on_a_day_or_an_agenda_line_goes_to_its_unit(
    make: MakeApp, store: Store
) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("right", "right", "right", "right", "right")  # 30/09
        await pilot.press("enter")
        await pilot.pause()
        table = app.screen.query_one(UnitsTable)
        assert app.focused is table
        assert table.snapshot.unit(table.selected_key).display_name == "Xã Hồng Khê"
        await pilot.press("3", "tab")
        agenda = app.screen.query_one(AgendaList)
        assert app.focused is agenda
        first = agenda.lines[0]
        assert (first.unit.display_name, first.days_left) == ("Xã Hồng Khê", 0)
        assert "hôm nay" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.focused is table
        assert table.selected_key == agenda.lines[1].unit.key
