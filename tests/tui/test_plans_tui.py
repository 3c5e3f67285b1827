"""Switching plans in the full-screen app: ``p`` lists the plans of the file, Enter opens one."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.next_plan import next_plan
from cchc_tui.store import Store
from tests.tui.conftest import MakeApp, notices, screen_text, settle


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
        await pilot.press("p", "down", "enter")  # typed at once: the list opens first
        await settle(pilot)
        assert app.title == "Kế hoạch 96/KH-UBND"
        assert app.session.plan == "96/KH-UBND"
        text = screen_text(app)
        assert "Nhận BC: còn 19 ngày" in text and "còn 385 ngày" not in text
        assert "cần rà soát" not in text
        assert "Đang xem Kế hoạch 96/KH-UBND." in notices(app)
        await pilot.press("p")
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
        await pilot.press("p", "down", "enter")
        await settle(pilot)
        await pilot.press("a", *"ghi", "enter")
        await settle(pilot)
    first = store.load("96/KH-UBND").units[0]
    assert [note.text for note in first.notes] == ["ghi"]
    assert not store.load("45/KH-UBND").units[0].notes
