"""Next year's plan from this one: what is kept, what moves, what is flagged for review."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Conclusion, LetterSettings
from cchc_tui.core.next_plan import next_plan
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.review import review_lines, review_summary
from tests.core.progress import INSPECTION_DAY, unit_named, walk


def test_the_units_kinds_and_checklists_stay_and_the_progress_goes(sample: PlanFile) -> None:
    worked = walk(
        sample.plan,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2023, 10, 20),
        inspection=INSPECTION_DAY,
        notified=date(2023, 9, 20),
    )
    units = tuple(worked if u.key == worked.key else u for u in sample.units)
    new = next_plan(sample.plan, units, "45/KH-UBND", date(2024, 9, 12), None)
    fresh = unit_named(new, "Xã Hồng Khê")
    assert (fresh.key, fresh.kind, fresh.mode, fresh.in_seed) == (
        worked.key,
        "commune",
        worked.mode,
        True,
    )
    assert fresh.inspection_date is fresh.notified_on is fresh.conclusion is None
    assert not fresh.items and not fresh.notes
    assert new.plan.kinds == sample.plan.kinds
    assert new.plan.checklist_for("commune")[0].text.endswith("năm 2024")
    assert new.plan.checklist_for("commune")[4].source == "chú thích ảnh của bài viết"
    # a document cited by number and date is not rewritten: it is flagged instead
    assert new.plan.based_on == sample.plan.based_on
    assert "ngày 28/12/2022" in new.plan.checklist_for("office")[0].text


def test_dates_move_by_the_years_between_and_29_february_becomes_28(sample: PlanFile) -> None:
    leap = replace(sample.plan, self_report_before=date(2024, 2, 29), issued_on=date(2023, 9, 15))
    new = next_plan(leap, sample.units, "2/KH", date(2025, 9, 1), None)
    assert new.plan.self_report_before == date(2026, 2, 28)
    assert new.plan.window_start == date(2025, 9, 21)
    assert new.plan.plan_year == 2025 and new.plan.year is None


def test_a_plan_issued_in_december_for_next_year_moves_by_that_year(sample: PlanFile) -> None:
    new = next_plan(sample.plan, sample.units, "12/KH", date(2023, 12, 20), 2024)
    assert (new.plan.year, new.plan.plan_year) == (2024, 2024)
    assert new.plan.self_report_before == date(2024, 10, 15)
    assert new.plan.period == "Từ ngày 01/01/2024 đến thời điểm kiểm tra"


def test_a_window_that_would_open_before_the_new_plan_is_left_out_and_said(
    sample: PlanFile,
) -> None:
    new = next_plan(sample.plan, sample.units, "45/KH", date(2024, 9, 25), None)
    assert new.plan.window_start is None and new.plan.window_end is None
    assert "Khoảng ngày kiểm tra: bỏ trống (dời sang năm mới thì trước ngày ban hành)" in (
        review_lines(new.plan, "vi")
    )


def test_swapped_days_off_are_not_carried_and_are_flagged(sample: PlanFile) -> None:
    swapped = replace(sample.plan, days_off=(date(2023, 9, 1),), letter=LetterSettings())
    new = next_plan(swapped, sample.units, "45/KH", date(2024, 9, 12), None)
    assert new.plan.days_off == () and new.plan.working_days == ()
    assert "days_off" in new.plan.review and "report" not in new.plan.review
    assert review_summary(new.plan, "en") == (
        "Started from plan 96/KH-UBND; to review: Title; Plans carried out; Period inspected; "
        "Inspection window; Window days; Self-inspection report due; Swapped days off and "
        "make-up days; Checklist"
    )


def test_a_plan_for_an_earlier_year_is_refused(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        next_plan(sample.plan, sample.units, "1/KH", date(2022, 3, 1), None)
    assert caught.value.key == "new_plan_earlier"
    with pytest.raises(UserError):
        next_plan(sample.plan, sample.units, "  ", date(2024, 3, 1), None)


def test_an_open_follow_up_is_carried_into_the_next_plan_as_a_note(sample: PlanFile) -> None:
    hong_khe = unit_named(sample, "Xã Hồng Khê")
    open_fix = replace(
        hong_khe,
        conclusion=Conclusion.CRITICISE,
        concluded_on=date(2023, 10, 10),
        issues=("Chưa lưu đủ hồ sơ tuyên truyền",),
        fix_by=date(2023, 10, 20),
    )
    fixed = replace(open_fix, key="fixed", fixed_on=date(2023, 10, 18))
    new = next_plan(sample.plan, (open_fix, fixed), "45/KH-UBND", date(2024, 9, 12), None)
    carried, done = new.units
    assert [note.text for note in carried.notes] == [
        "Chuyển từ Kế hoạch 96/KH-UBND: chưa báo cáo khắc phục (hạn 20/10/2023) — Chưa lưu "
        "đủ hồ sơ tuyên truyền."
    ]
    assert carried.notes[0].at == "2024-09-12"
    assert done.notes == ()
