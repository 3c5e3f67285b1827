"""The timeline: each direct unit's notice, report and inspection by day, days off, today,
and the clashes under it; its text form fits the width it is given."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.model import Member, Role, Step, Team, Unit
from cchc_tui.core.planfile import PlanFile, parse_plan_file
from cchc_tui.core.timeline import Clash, Mark, build_timeline
from cchc_tui.core.timeline_text import timeline_text
from tests.conftest import DATA, SEPT_20

# Four units scheduled in the sample, two of them on Thursday 05/10/2023.
SCHEDULE = {
    "Xã Hồng Khê": date(2023, 10, 5),
    "Xã Long Xuyên": date(2023, 10, 5),
    "Xã Tân Hồng": date(2023, 10, 2),
    "Phòng Kinh tế - Hạ tầng": date(2023, 10, 9),
}


def scheduled(sample: PlanFile, days: dict[str, date] = SCHEDULE, **changes: object) -> list[Unit]:
    units = [
        replace(unit, inspection_date=days[unit.display_name])
        if unit.display_name in days
        else unit
        for unit in sample.units
    ]
    return [replace(u, **changes.get(u.display_name, {})) for u in units]  # type: ignore[arg-type]


def test_the_sample_with_four_scheduled_units_shows_four_rows_and_one_clash(
    sample: PlanFile,
) -> None:
    timeline = build_timeline(sample.plan, scheduled(sample), SEPT_20)
    names = [row.unit.display_name for row in timeline.rows]
    assert names == ["Phòng Kinh tế - Hạ tầng", "Xã Hồng Khê", "Xã Tân Hồng", "Xã Long Xuyên"]
    assert len(timeline.unscheduled) == 6
    assert timeline.clashes == (
        Clash("same_day", date(2023, 10, 5), ("Xã Hồng Khê", "Xã Long Xuyên")),
    )
    # whole weeks around the window (21/09–10/10) and every mark
    assert (timeline.first, timeline.last) == (date(2023, 9, 18), date(2023, 10, 15))
    assert date(2023, 9, 23) in timeline.days_off and date(2023, 9, 25) not in timeline.days_off
    hong_khe = timeline.rows[1].marks
    assert hong_khe == {
        date(2023, 9, 25): Mark(Step.NOTIFIED, done=False),
        date(2023, 9, 30): Mark(Step.REPORT, done=False),
        date(2023, 10, 5): Mark(Step.INSPECTED, done=False),
    }


def test_steps_done_show_on_their_day_and_steps_past_due_are_flagged(sample: PlanFile) -> None:
    units = scheduled(sample, **{"Xã Hồng Khê": {"notified_on": date(2023, 9, 22)}})
    timeline = build_timeline(sample.plan, units, date(2023, 10, 2))
    marks = timeline.rows[1].marks
    assert marks[date(2023, 9, 22)] == Mark(Step.NOTIFIED, done=True)
    assert marks[date(2023, 9, 30)] == Mark(Step.REPORT, done=False, overdue=True)
    assert marks[date(2023, 10, 5)] == Mark(Step.INSPECTED, done=False)


def test_a_notice_that_can_no_longer_go_in_time_is_a_clash(sample: PlanFile) -> None:
    days = {"Xã Tân Hồng": date(2023, 9, 28)}
    timeline = build_timeline(sample.plan, scheduled(sample, days), SEPT_20)
    assert timeline.clashes == (
        Clash("notice_late", date(2023, 9, 28), ("Xã Tân Hồng",), date(2023, 9, 18)),
    )
    said = timeline_text(timeline, sample.plan, "vi", 200)
    assert (
        "1. Xã Tân Hồng kiểm tra Thứ Năm 28/09/2023: hạn thông báo lịch (10 ngày trước) là "
        "18/09/2023, đã qua — không còn thông báo kịp" in said
    )


def test_a_team_member_due_in_two_places_is_a_clash(sample: PlanFile) -> None:
    an = Member("an", "Nguyễn Văn An", Role.LEADER)
    team = Team(members=(an,), assignments={"xa-hong-khe": ("an",), "xa-long-xuyen": ("an",)})
    timeline = build_timeline(sample.plan, scheduled(sample), SEPT_20, team)
    assert [(c.kind, c.who, c.names) for c in timeline.clashes] == [
        ("same_day", "", ("Xã Hồng Khê", "Xã Long Xuyên")),
        ("team_member", "Nguyễn Văn An", ("Xã Hồng Khê", "Xã Long Xuyên")),
    ]
    said = timeline_text(timeline, sample.plan, "vi", 200)
    assert (
        "Thứ Năm 05/10/2023: Nguyễn Văn An (Đoàn kiểm tra) được phân công kiểm tra 2 đơn vị "
        "cùng ngày — Xã Hồng Khê, Xã Long Xuyên." in said
    )


@pytest.mark.parametrize(("width", "weeks"), [(80, 2), (120, 4), (200, 4)])
def test_the_text_fits_the_width_in_blocks_of_whole_weeks(
    sample: PlanFile, width: int, weeks: int
) -> None:
    text = timeline_text(
        build_timeline(sample.plan, scheduled(sample), SEPT_20), sample.plan, "vi", width
    )
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    day_rows = [line for line in lines if line.startswith("Đơn vị")]
    assert len(day_rows) == -(-4 // weeks)  # four weeks, so many blocks
    assert day_rows[0].split()[2:4] == ["T2", "T3"]
    row = next(line for line in lines if line.startswith("Xã Hồng Khê"))
    assert row.split()[3:5] == ["·", "·"]
    assert "Cảnh báo (1):" in lines
    assert lines[-1].startswith("1. Thứ Năm 05/10/2023: 2 đơn vị cùng được kiểm tra")


def test_today_is_marked_over_its_day(sample: PlanFile) -> None:
    lines = timeline_text(
        build_timeline(sample.plan, scheduled(sample), SEPT_20), sample.plan, "en", 80
    ).splitlines()
    marker = next(n for n, line in enumerate(lines) if "▼" in line)
    numbers = lines[marker + 2]
    column = lines[marker].index("▼")
    assert numbers[column : column + 2] == "20"


def test_a_plan_counted_in_working_days_shades_its_own_days_off() -> None:
    path = DATA / "example-2024-working-days.toml"
    example = parse_plan_file(path.read_text(encoding="utf-8"), str(path))
    timeline = build_timeline(example.plan, list(example.units), date(2024, 4, 1))
    assert date(2024, 4, 29) in timeline.days_off  # the swapped Monday
    assert date(2024, 5, 4) not in timeline.days_off  # the make-up Saturday
    assert date(2024, 4, 18) in timeline.days_off  # Giỗ Tổ
    assert len(timeline.rows) == 4 and timeline.clashes == ()


def test_nothing_scheduled_says_so(sample: PlanFile) -> None:
    timeline = build_timeline(sample.plan, list(sample.units), SEPT_20)
    text = timeline_text(timeline, sample.plan, "vi", 80)
    assert timeline.rows == ()
    assert "Chưa đơn vị kiểm tra trực tiếp nào có ngày kiểm tra." in text
    assert "Không có trùng lịch." in text
