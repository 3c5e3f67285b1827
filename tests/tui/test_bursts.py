"""Keys that arrive in one burst (a fast typist, a paste, a laggy SSH link) go where meant.

Each test hands the app a whole burst at once, the way the terminal driver does after one
read: the bytes go through Textual's own input parser and every event is posted before
the app handles any of them. Then the test looks at the saved file and its history.
"""

from __future__ import annotations

from datetime import date

import pytest
from textual.events import Key

from cchc_tui.core.model import Conclusion, Verdict
from cchc_tui.store import Store
from cchc_tui.tui.app import CchcApp
from cchc_tui.tui.dialogs.confirm import ConfirmDialog
from cchc_tui.tui.dialogs.date import DateDialog
from cchc_tui.tui.panes import units
from cchc_tui.tui.panes.calendar import MonthGrid
from cchc_tui.tui.screens.detail import DetailScreen
from cchc_tui.tui.screens.help import HelpScreen
from cchc_tui.tui.screens.main import MainScreen
from cchc_tui.tui.screens.summary import SummaryScreen
from tests.tui.conftest import (
    ENTER,
    TODAY,
    MakeApp,
    bracketed,
    burst,
    find_unit,
    schedule_in_file,
    screen_text,
    settle,
)

DOWN = "\x1b[B"
CLEAR = "\x15"  # ctrl+u: empty the field (the mark dialogs offer today)
MARK_THREE_STEPS = f"n{CLEAR}20/09/2023{ENTER}r{CLEAR}29/09/2023{ENTER}i{CLEAR}05/10/2023{ENTER}"


def actions(store: Store) -> list[tuple[str, str | None]]:
    """The history as (action, unit) pairs, oldest first."""
    return [(entry.action, entry.unit) for entry in store.history()]


def only_main_screen(app: CchcApp) -> bool:
    return len(app.screen_stack) == 1 and isinstance(app.screen, MainScreen)


async def test_d_and_a_date_typed_at_once_schedule_the_unit(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await burst(pilot, f"d12/10/2023{ENTER}")
        hong = store.load().find("hong khe")
        assert hong.inspection_date == date(2023, 10, 12)
        assert actions(store) == [("schedule", hong.key)]
        assert only_main_screen(app)


async def test_a_and_a_note_typed_at_once_save_the_whole_note(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await burst(pilot, f"aGhi chu nhanh{ENTER}")
        hong = store.load().find("hong khe")
        assert [note.text for note in hong.notes] == ["Ghi chu nhanh"]
        assert actions(store) == [("note", hong.key)]
        assert only_main_screen(app)


async def test_n_and_enter_at_once_mark_notified_without_opening_the_detail(
    make: MakeApp, store: Store
) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await burst(pilot, f"n{ENTER}")
        hong = store.load().find("hong khe")
        assert hong.notified_on == TODAY
        assert actions(store)[-1] == ("mark", hong.key)
        assert only_main_screen(app)


async def test_r_and_i_take_their_typed_days(make: MakeApp, store: Store) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make(today=date(2023, 10, 6))
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await burst(pilot, MARK_THREE_STEPS)
        hong = store.load().find("hong khe")
        assert (hong.notified_on, hong.report_on, hong.inspected_on) == (
            date(2023, 9, 20),
            date(2023, 9, 29),
            date(2023, 10, 5),
        )
        assert [action for action, _ in actions(store)] == ["schedule", "mark", "mark", "mark"]
        assert only_main_screen(app)


async def test_c_and_a_choice_at_once_conclude(make: MakeApp, store: Store) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make(today=date(2023, 10, 6))
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await burst(pilot, f"{MARK_THREE_STEPS}c{DOWN}{ENTER}")
        hong = store.load().find("hong khe")
        assert hong.conclusion is Conclusion.SATISFACTORY
        assert [action for action, _ in actions(store)][-1] == "conclude"
        assert only_main_screen(app)


async def test_e_and_a_note_at_once_touch_nothing_else(make: MakeApp, store: Store) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("tab")
        await burst(pilot, f"evan ban day du{ENTER}")
        hong = store.load().find("hong khe")
        assert hong.inspection_date == date(2023, 10, 5)  # "u" undid nothing
        result = hong.items["ke-hoach"]
        assert (result.verdict, result.note) == (None, "van ban day du")  # "v" cycled nothing
        assert actions(store) == [("schedule", hong.key), ("item", hong.key)]
        assert only_main_screen(app)


async def test_a_bracketed_paste_right_after_e_goes_whole_into_the_note(
    make: MakeApp, store: Store
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("tab")
        await burst(pilot, "e" + bracketed("Đã có văn bản\r\nsố 12/VB") + ENTER)
        result = store.load().find("hong khe").items["ke-hoach"]
        assert result.note == "Đã có văn bản số 12/VB"
        assert only_main_screen(app)


async def test_slash_a_name_enter_and_d_in_one_burst(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await burst(pilot, f"/tan viet{ENTER}d02/10/2023{ENTER}")
        tan_viet = store.load().find("tan viet")
        assert tan_viet.inspection_date == date(2023, 10, 2)
        assert actions(store) == [("schedule", tan_viet.key)]
        assert only_main_screen(app)


async def test_enter_opens_the_detail_and_the_next_keys_act_there(
    make: MakeApp, store: Store
) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await find_unit(pilot)
        await burst(pilot, f"{ENTER}n{ENTER}")
        assert isinstance(app.screen, DetailScreen)
        assert store.load().find("hong khe").notified_on == TODAY
        assert len(app.screen_stack) == 2


async def test_s_and_f_at_once_change_the_summary_format(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await burst(pilot, "sf")
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.format == "markdown"
        assert store.history() == []


async def test_question_mark_and_q_at_once_close_the_help_not_the_app(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await burst(pilot, "?q")
        assert app.is_running
        assert not isinstance(app.screen, HelpScreen)
        assert only_main_screen(app)


async def test_v_pressed_three_times_then_enter_is_one_change(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await find_unit(pilot)
        await pilot.press("tab")
        await burst(pilot, f"vvv{ENTER}")  # Đạt, Đạt một phần, Chưa đạt: recorded once
        hong = store.load().find("hong khe")
        assert hong.items["ke-hoach"].verdict is Verdict.NOT_MET
        assert actions(store) == [("item", hong.key)]
        assert only_main_screen(app)


async def test_u_asks_first_and_keys_after_it_answer_the_question(
    make: MakeApp, store: Store
) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await burst(pilot, "ud")  # "d" goes to the question, not to the units table
        assert isinstance(app.screen, ConfirmDialog)
        assert len(store.history()) == 1
        await burst(pilot, "y")
        assert store.load().find("hong khe").inspection_date is None
        assert actions(store)[-1] == ("undo", "xa-hong-khe")
        assert only_main_screen(app)


async def test_keys_after_enter_on_the_calendar_go_to_the_unit_it_jumped_to(
    make: MakeApp, store: Store
) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))  # its report is due 30/09
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        right = "\x1b[C"
        # The jump travels as two messages (the day chosen, then the unit); "down" and "d"
        # are the table's: not a week down in the calendar.
        await burst(pilot, f"3{right * 5}{ENTER}{DOWN}d")
        grid = app.screen_stack[0].query_one(MonthGrid)
        assert grid.day == date(2023, 9, 30)
        assert isinstance(app.screen, DateDialog)
        assert "Ngày kiểm tra — Xã Tân Hồng" in screen_text(app)  # the unit after Hồng Khê


async def test_a_key_nothing_takes_is_not_tried_again_on_the_screen_opened_next(
    make: MakeApp,
) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key, character in (("escape", "\x1b"), ("s", "s")):  # Escape on the table: nothing
            app.post_message(Key(key, character))
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)  # that Escape did not close it


async def test_a_filter_then_the_checklist_in_one_burst_assess_the_unit_found(
    make: MakeApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checklist follows the filter once typing pauses; leaving the box (Enter, or
    Tab straight from it) points it at the unit found at once, before the next key."""
    monkeypatch.setattr(units, "FILTER_PAUSE", 60.0)  # no pause within this test
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await burst(pilot, f"/tan viet{ENTER}\tv{ENTER}")
        await burst(pilot, "\x1b[Z/hong khe\tv" + ENTER)  # shift+tab back to the table
        assert store.load().find("tan viet").items["ke-hoach"].verdict is Verdict.MET
        assert store.load().find("hong khe").items["ke-hoach"].verdict is Verdict.MET
        assert only_main_screen(app)
