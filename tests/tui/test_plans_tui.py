"""Switching plans in the full-screen app: ``p`` lists the plans of the file, Enter opens one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cchc_tui.core.next_plan import next_plan
from cchc_tui.core.planfile import parse_plan_file
from cchc_tui.store import Store
from cchc_tui.tui.app import make_app
from tests.conftest import DATA
from tests.tui.conftest import MakeApp, find_unit, notices, screen_text, settle


def with_2024_plan(store: Store) -> None:
    """The sample and, made from it and now current, 2024's plan 45/KH-UBND."""
    sample = store.load()
    store.import_plan(next_plan(sample.plan, sample.units, "45/KH-UBND", date(2024, 9, 12), None))


async def test_p_switches_between_last_years_plan_and_this_years(
    make: MakeApp, store: Store
) -> None:
    with_2024_plan(store)
    app = make(today=date(2023, 9, 25))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.title == "Kế hoạch 45/KH-UBND"
        text = screen_text(app)
        assert "8 mục chuyển từ Kế hoạch 96/KH-UBND cần" in text
        # self-inspection reports are due before 15/10/2024 in this plan
        assert "Nhận BC: còn 385 ngày" in text
        await pilot.press("K", "down", "enter")  # typed at once: the list opens first
        await settle(pilot)
        assert app.title == "Kế hoạch 96/KH-UBND"
        assert app.session.plan == "96/KH-UBND"
        text = screen_text(app)
        assert "Nhận BC: còn 19 ngày" in text and "còn 385 ngày" not in text
        assert "cần rà soát" not in text
        assert "Đang xem Kế hoạch 96/KH-UBND." in notices(app)
        await pilot.press("K")
        await settle(pilot)
        listed = screen_text(app)
        assert "45/KH-UBND (năm 2024), ban hành 12/09/2024, 28 đơn vị — 8 mục" in listed
        assert "96/KH-UBND (năm 2023), ban hành 15/09/2023, 28 đơn vị" in listed
        await pilot.press("escape")
        await settle(pilot)
        assert app.title == "Kế hoạch 96/KH-UBND"


async def test_a_change_goes_to_the_plan_on_screen(make: MakeApp, store: Store) -> None:
    with_2024_plan(store)
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("K", "down", "enter")
        await settle(pilot)
        await pilot.press("a", *"ghi", "enter")
        await settle(pilot)
    first = store.load("96/KH-UBND").units[0]
    assert [note.text for note in first.notes] == ["ghi"]
    assert not store.load("45/KH-UBND").units[0].notes


async def test_the_province_example_runs_with_its_departments_and_wards(tmp_path: Path) -> None:
    example = DATA / "example-2026-province-level.toml"
    plan_file = parse_plan_file(example.read_text(encoding="utf-8"), str(example))
    db = tmp_path / "tinh.json"
    Store(db, "tester").create(plan_file)
    app = make_app(db, today=date(2026, 4, 28), lang="vi", plan=None)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert app.title == "Kế hoạch 02/KH-VD (ví dụ)"
        assert "UBND tỉnh Ví Dụ" in text
        assert "Sở Tài chính" in text and "Phường Ví Dụ Một" in text
        assert "huyện" not in text.lower()
        for typed, said in (
            ("so tai chinh", "Sở — kiểm tra trực tiếp"),
            ("phuong vi du hai", "Phường — tự kiểm tra"),
            ("dac khu", "Đặc khu — kiểm tra trực tiếp"),
        ):
            await find_unit(pilot, typed)
            await pilot.press("enter")
            await settle(pilot)
            assert said in screen_text(app)
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        said = screen_text(app)
        assert "Thứ Ba 19/05/2026: 2 đơn vị cùng được kiểm tra" in said
