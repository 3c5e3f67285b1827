"""What the screens say, as a clerk reads them at 80x24, 120x40 and 200x50."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from textual.binding import ActiveBinding, Binding
from textual.widgets._footer import FooterKey

from cchc_tui.core.workflow import add_note
from cchc_tui.store import Store
from cchc_tui.tui.keys import footer_fit
from cchc_tui.tui.panes.plan import PlanPane
from cchc_tui.tui.screens.detail import DetailScreen
from tests.tui.conftest import MakeApp, find_unit, notices, schedule_in_file, screen_text, settle

MAIN_KEYS = [
    "? Giúp",
    "q Thoát",
    "⏎ Xem",
    "/ Lọc",
    "d Ngày KT",
    "n Báo lịch",
    "r Nhận BC",
    "i Đã KT",
    "c Kết luận",
    "a Ghi chú",
    "o Sắp xếp",
    "u Hoàn tác",
    "s Tổng hợp",
]


def footer(app) -> str:
    return screen_text(app).splitlines()[-1]


@pytest.mark.parametrize(("width", "shown"), [(80, 9), (120, 13), (200, 13)])
async def test_the_footer_shows_the_main_keys_that_fit_whole(
    make: MakeApp, width: int, shown: int
) -> None:
    app = make()
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        line = footer(app)
        assert line.startswith(" ".join(MAIN_KEYS[:shown]))
        for key in MAIN_KEYS[shown:]:
            assert key not in line  # in the help instead, never cut in half
        assert len(line.rstrip()) <= width


async def test_the_footer_follows_a_resize(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "s Tổng hợp" in footer(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "s Tổng hợp" not in footer(app)
        assert footer(app).startswith("? Giúp q Thoát")


async def test_coming_back_to_the_main_screen_keeps_its_footer_keys(make: MakeApp) -> None:
    """The footer is rebuilt only when its keys change: closing the help does not rebuild
    it (most of what closing a screen cost), moving to the checklist does."""
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        keys, shown = list(app.screen.query(FooterKey)), footer(app)
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert (list(app.screen.query(FooterKey)), footer(app)) == (keys, shown)
        await pilot.press("tab")  # the checklist: its own keys
        await settle(pilot)
        assert list(app.screen.query(FooterKey)) != keys
        assert footer(app) != shown


def test_footer_fit_hides_everything_after_the_first_key_that_overflows() -> None:
    def active(key: str, label: str, show: bool = True) -> ActiveBinding:
        return ActiveBinding(None, Binding(key, key, label, show=show), True)  # type: ignore[arg-type]

    bindings = {
        "a": active("a", "Một"),  # "a Một " is 6 cells
        "b": active("b", "Hai ba bốn"),  # 12
        "x": active("x", "Ẩn", show=False),
        "c": active("c", "Năm"),  # would fit after b's place, but comes after it
    }
    fitted = footer_fit(bindings, 12, lambda binding: binding.key)
    assert [key for key, found in fitted.items() if found.binding.show] == ["a"]
    assert list(fitted) == ["a", "b", "x", "c"]  # still all there: keys still work


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
async def test_the_plan_number_and_issuer_stay_together_before_the_bars(
    make: MakeApp, size: tuple[int, int]
) -> None:
    app = make()
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await settle(pilot)
        pane = app.screen.query_one(PlanPane).region
        lines = [
            line[pane.x : pane.right].strip("│ ")
            for line in screen_text(app).splitlines()[pane.y : pane.bottom]
        ]
        first = next(n for n, line in enumerate(lines) if line.startswith("Kế hoạch số 96/KH-UBND"))
        heading = " ".join(lines[first : first + 2])
        assert "Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang" in heading
        assert "█" not in lines[first]  # the bars come after the heading
        if size[0] != 120:  # at 120 the pane is 46 wide: the heading takes two lines
            assert "huyện Bình Giang" in lines[first]


async def test_the_next_step_says_what_is_due_and_when(make: MakeApp, store: Store) -> None:
    schedule_in_file(store.path, "hong khe", date(2023, 10, 5))  # notify by 25/09: today
    schedule_in_file(store.path, "tan hong", date(2023, 10, 2))  # notify by 22/09: late
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Việc tiếp theo" in text and "Còn lại" not in text
        assert "Báo lịch: hôm nay" in text
        assert "Báo lịch: quá hạn 3 ngày" in text
        assert "Xếp lịch" in text  # not scheduled yet: no deadline, but the step


async def test_the_header_has_no_meaningless_icon(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "⭘" not in screen_text(app).splitlines()[0]


async def test_ctrl_c_says_how_to_quit_in_vietnamese(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert app.is_running
        assert "Nhấn q để thoát (Ctrl+C không thoát chương trình)." in notices(app)
        text = screen_text(app)
        assert "[b]" not in text and "Do you want to quit" not in text


async def test_without_colour_late_rows_are_bright_and_bold(
    make: MakeApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    schedule_in_file(store.path, "tan hong", date(2023, 10, 2))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("UnitsTable")
        late = table.get_component_rich_style("units-table--overdue")
        normal = table.rich_style
        assert late.bold
        assert late.color == normal.color  # the foreground, not a red turned dark grey


async def test_the_detail_says_kind_and_mode_and_day_first_times(
    make: MakeApp, store: Store
) -> None:
    snapshot = store.load()
    hong = snapshot.find("hong khe")
    store.apply(add_note(hong, "Gọi trước", "tester", datetime(2023, 9, 24, 8, 5), "a1"))
    app = make()
    async with app.run_test(size=(100, 40)) as pilot:
        await find_unit(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Xã — kiểm tra trực tiếp" in text
        assert "24/09/2023 08:05 tester: Gọi trước" in text
        assert "ghi chú: — → “Gọi trước”" in text  # the history, label not repeated
