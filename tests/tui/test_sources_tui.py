"""The screens say which units and checklist items are not in the plan's text."""

from __future__ import annotations

from tests.tui.conftest import MakeApp, find_unit, screen_text, settle


def _row(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if f" {name} " in line)


async def test_the_units_pane_marks_the_units_the_plan_does_not_name(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "* " in _row(text, "Xã Bình Xuyên").split("Xã Bình Xuyên")[1]
        assert "*" not in _row(text, "Xã Hồng Khê")
        assert "* không có trong văn bản kế hoạch" in text


async def test_the_checklist_and_the_detail_screen_mark_the_photo_caption_items(
    make: MakeApp,
) -> None:
    app = make(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await find_unit(pilot, "tan hong")
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert "*" in _row(text, "Hướng dẫn mở tài khoản trên Cổng Dịch vụ công Quốc gia")
        assert "*" not in _row(text, "Công tác tuyên truyền về CCHC")
        assert (
            "* Item 5, 6: not in the plan's own words; taken from chú thích ảnh của bài viết."
            in text
        )
        assert "(unit not named in the plan's text)" not in text
