"""Days off the way a Vietnamese office lives by them, and deadlines counted from them.

The public holidays come from the pinned ``holidays`` package. Tết and Giỗ Tổ Hùng Vương
for 2023–2026 were checked against the government's announcements:

- Tết 2023: 20/01–26/01/2023 (Văn phòng Chính phủ, VietnamPlus 01/12/2022).
- Giỗ Tổ 2023: Saturday 29/04, off Tuesday 02/05 in its place; 30/04 (Sunday) off
  Wednesday 03/05 (Bộ luật Lao động 2019, Điều 112; Kinh tế & Đô thị 22/03/2023).
- Tết 2024: 08/02–14/02/2024 (Thủ tướng, Vietnam News 05/11/2023).
- Giỗ Tổ 2024: Thursday 18/04; 30/4–1/5: off 27/04–01/05 with Monday 29/04 swapped for
  Saturday 04/05 (Công văn 2450/VPCP-KGVX, 12/04/2024; chinhphu.vn 20/04/2024).
- Tết 2025: 25/01–02/02/2025, the five days of Tết Monday 27/01–Friday 31/01 (Thủ tướng,
  SGGP 27/11/2024).
- Giỗ Tổ 2025: Monday 07/04; 30/4–1/5: off 30/04–04/05, Friday 02/05 made up on Saturday
  26/04 (baochinhphu.vn 04/03/2025).
- Tết 2026: Monday 16/02–Friday 20/02/2026 (Thông báo 9441/TB-BNV, 16/10/2025).
- Giỗ Tổ 2026: Sunday 26/04, off Monday 27/04 in its place (Thanh Niên 23/02/2026).

The package knows every day off above and the swapped Mondays and Fridays, not the make-up
Saturdays: a plan lists those in ``working_days``.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st
from msgspec.structs import replace

from cchc_tui.core.deadlines import due_date, next_deadline, open_deadlines
from cchc_tui.core.due_words import countdown, due_text
from cchc_tui.core.model import CountDays, Plan, Step
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.workdays import (
    HOLIDAY_SEASONS,
    Workdays,
    days_ahead,
    last_day_before,
    public_holiday,
    send_by,
)
from tests.core.progress import unit_named, walk


def _span(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def _weekdays(first: date, last: date) -> set[date]:
    return {day for day in _span(first, last) if day.weekday() < 5}


def _weekdays_off(first: date, last: date, workdays: Workdays) -> set[date]:
    """The Monday–Friday days off between two days."""
    return {day for day in _span(first, last) if day.weekday() < 5 and workdays.is_off(day)}


NO_SWAPS = Workdays((), ())


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        # Tết: the working days each announcement gives off
        (date(2023, 1, 16), date(2023, 1, 31), _weekdays(date(2023, 1, 20), date(2023, 1, 26))),
        (date(2024, 2, 5), date(2024, 2, 20), _weekdays(date(2024, 2, 8), date(2024, 2, 14))),
        (date(2025, 1, 20), date(2025, 2, 7), _weekdays(date(2025, 1, 27), date(2025, 1, 31))),
        (date(2026, 2, 9), date(2026, 2, 27), _weekdays(date(2026, 2, 16), date(2026, 2, 20))),
        # Giỗ Tổ, with 30/4 and 1/5 and their swaps
        (
            date(2023, 4, 24),
            date(2023, 5, 8),
            {date(2023, 5, 1), date(2023, 5, 2), date(2023, 5, 3)},
        ),
        (
            date(2024, 4, 15),
            date(2024, 5, 8),
            {date(2024, 4, 18), date(2024, 4, 29), date(2024, 4, 30), date(2024, 5, 1)},
        ),
        (
            date(2025, 4, 1),
            date(2025, 5, 8),
            {date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)},
        ),
        (
            date(2026, 4, 20),
            date(2026, 5, 8),
            {date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1)},
        ),
    ],
    ids=[
        "tet-2023",
        "tet-2024",
        "tet-2025",
        "tet-2026",
        "gio-to-2023",
        "gio-to-2024",
        "gio-to-2025",
        "gio-to-2026",
    ],
)
def test_tet_and_gio_to_match_the_official_announcements(
    first: date, last: date, expected: set[date]
) -> None:
    assert _weekdays_off(first, last, NO_SWAPS) == expected


def test_holidays_are_named_in_vietnamese_and_english() -> None:
    assert public_holiday(date(2024, 4, 18)) == "Ngày Giỗ Tổ Hùng Vương"
    assert public_holiday(date(2024, 4, 18), "en") == "Hung Kings' Commemoration Day"
    assert public_holiday(date(2025, 1, 29)) == "Tết Nguyên Đán"
    assert public_holiday(date(2023, 9, 2)) == "Quốc khánh"
    assert public_holiday(date(2024, 4, 29)) == "Ngày nghỉ (thay cho ngày 04/05/2024)"
    assert public_holiday(date(2023, 10, 5)) is None


def test_the_seasons_hold_every_holiday_the_package_knows() -> None:
    """Outside the seasons a weekday is taken as worked without importing the package;
    a new release that adds a day elsewhere must widen them."""
    known = holidays.country_holidays("VN", years=range(1995, 2101))

    def in_season(day: date) -> bool:
        return any(
            date(2024, fm, fd) <= date(2024, day.month, day.day) <= date(2024, lm, ld)
            for fm, fd, lm, ld in HOLIDAY_SEASONS
        )

    assert [day for day in known if not in_season(day)] == []
    for year in (2023, 2024, 2025, 2026):
        ours = {
            day: public_holiday(day, "en") for day in _span(date(year, 1, 1), date(year, 12, 31))
        }
        assert {day: name for day, name in ours.items() if name} == dict(
            holidays.country_holidays("VN", years=year, language="en_US")
        )


def test_a_summary_of_the_sample_never_imports_the_holidays_package(tmp_path) -> None:
    code = """
import sys
import cchc_tui.cli
code = cchc_tui.cli.main(["--db", sys.argv[1], "--today", "25/09/2023", "summary"])
sys.exit(code or (9 if any(name.startswith("holidays") for name in sys.modules) else 0))
"""
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "db.json")], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr


# --- 2023, the sample, counted in calendar days -------------------------------------


def test_the_sample_counts_calendar_days_and_flags_its_weekend_deadlines(
    sample: PlanFile, plan: Plan
) -> None:
    assert plan.count_days is CountDays.CALENDAR
    hong_khe = walk(
        plan,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2023, 9, 20),
        inspection=date(2023, 10, 5),
    )
    assert due_date(plan, hong_khe, Step.REPORT) == date(2023, 9, 30)
    assert due_text(plan, date(2023, 9, 30), "vi") == (
        "hạn 30/09/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu 29/09/2023"
    )
    assert due_text(plan, date(2023, 9, 30), "en") == (
        "due 30/09/2023 (Saturday) — send by Friday 29/09/2023 at the latest"
    )
    self_unit = unit_named(sample, "Thị trấn Kẻ Sặt")
    assert due_date(plan, self_unit, Step.REPORT) == date(2023, 10, 14)
    assert due_text(plan, date(2023, 10, 14), "vi", Step.REPORT) == (
        "hạn 14/10/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu 13/10/2023"
    )
    assert due_text(plan, date(2023, 9, 25), "vi") == "hạn 25/09/2023"
    deadline = next_deadline(plan, self_unit, date(2023, 10, 13))
    assert deadline is not None and countdown(deadline, "vi") == "còn 1 ngày"
    # an inspection day has no sending to move earlier
    assert due_text(plan, date(2023, 9, 30), "vi", Step.INSPECTED) == "hạn 30/09/2023 (Thứ Bảy)"


# --- 2024, counted in working days ---------------------------------------------------


@pytest.fixture
def working(plan: Plan) -> Plan:
    return replace(
        plan,
        issued_on=date(2024, 3, 15),
        window_start=None,
        window_end=None,
        self_report_before=date(2024, 5, 5),
        count_days=CountDays.WORKING,
        days_off=(date(2024, 4, 29),),
        working_days=(date(2024, 5, 4),),
    )


@pytest.mark.parametrize(
    ("inspection", "notice", "report"),
    [
        # Thu 25/04: 5 working days back skip Giỗ Tổ (Thu 18/04) and the weekend
        (date(2024, 4, 25), date(2024, 4, 10), date(2024, 4, 17)),
        # Mon 06/05: the make-up Saturday 04/05 counts, 27/04–01/05 do not
        (date(2024, 5, 6), date(2024, 4, 17), date(2024, 4, 25)),
        # Fri 19/04: the day before is Giỗ Tổ
        (date(2024, 4, 19), date(2024, 4, 4), date(2024, 4, 11)),
    ],
    ids=["thu-25-04", "mon-06-05", "fri-19-04"],
)
def test_lead_days_count_working_days_around_gio_to_and_30_4(
    sample: PlanFile, working: Plan, inspection: date, notice: date, report: date
) -> None:
    unit = walk(
        working, unit_named(sample, "Xã Hồng Khê"), today=date(2024, 3, 20), inspection=inspection
    )
    assert due_date(working, unit, Step.NOTIFIED) == notice
    assert due_date(working, unit, Step.REPORT) == report


def test_a_fixed_deadline_on_a_day_off_moves_to_the_working_day_before(working: Plan) -> None:
    # "trước ngày 05/05/2024" (a Sunday): the day before is the make-up Saturday 04/05
    assert last_day_before(working, date(2024, 5, 5)) == date(2024, 5, 4)
    # "trước ngày 02/05/2024": 01/05, 30/04 and the swap day 29/04 are off, then a weekend
    assert last_day_before(working, date(2024, 5, 2)) == date(2024, 4, 26)
    # Tết 2025: "trước ngày 03/02/2025" lands on Friday 24/01
    assert last_day_before(working, date(2025, 2, 3)) == date(2025, 1, 24)


def test_countdowns_say_working_days(sample: PlanFile, working: Plan) -> None:
    unit = walk(
        working,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2024, 3, 20),
        inspection=date(2024, 5, 6),
    )
    lines = {
        d.step: (d.days_left, countdown(d, "vi"))
        for d in open_deadlines(working, unit, date(2024, 4, 26))
    }
    assert lines[Step.REPORT] == (-1, "quá hạn 1 ngày làm việc")
    # Fri 26/04 → Mon 06/05: Thu 02/05, Fri 03/05, Sat 04/05 (made up) and Mon 06/05
    assert lines[Step.INSPECTED] == (4, "còn 4 ngày làm việc")
    assert working.count_days is CountDays.WORKING
    inspection = open_deadlines(working, unit, date(2024, 5, 3))[-1]
    # Fri 03/05 → Mon 06/05: the make-up Saturday and the Monday
    assert countdown(inspection, "en") == "in 2 working days"


def test_the_workday_counter_is_today_only_on_the_day_itself(plan: Plan) -> None:
    days = Workdays((), ())
    friday, saturday, monday = date(2023, 9, 29), date(2023, 9, 30), date(2023, 10, 2)
    assert days.working_days_left(friday, saturday) == 1
    assert days.working_days_left(saturday, saturday) == 0
    assert days.working_days_left(date(2023, 10, 1), saturday) == -1
    assert days.working_days_left(monday, saturday) == -1
    assert days.working_days_left(friday, monday) == 1
    assert send_by(plan, saturday) == friday
    assert send_by(plan, friday) is None


# --- properties ----------------------------------------------------------------------

DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))
LEAD_STEPS = (Step.NOTIFIED, Step.REPORT, Step.INSPECTED)


def _counting(sample: PlanFile, count_days: CountDays) -> Plan:
    return replace(
        sample.plan,
        issued_on=date(2022, 1, 1),
        window_start=None,
        window_end=None,
        count_days=count_days,
        days_off=(date(2024, 4, 29),),
        working_days=(date(2024, 5, 4),),
    )


@given(day=DAYS, count=st.integers(min_value=1, max_value=30))
def test_in_working_mode_no_due_date_is_a_day_off(sample: PlanFile, day: date, count: int) -> None:
    working = _counting(sample, CountDays.WORKING)
    days = Workdays(working.days_off, working.working_days)
    assert not days.is_off(days_ahead(working, day, count))
    assert not days.is_off(last_day_before(working, day))
    assert days_ahead(working, day, count) < day


@given(first=DAYS, second=DAYS, count_days=st.sampled_from(list(CountDays)))
def test_moving_the_inspection_moves_every_deadline_with_it(
    sample: PlanFile, first: date, second: date, count_days: CountDays
) -> None:
    plan = _counting(sample, count_days)
    unit = unit_named(sample, "Xã Hồng Khê")
    before = {
        step: due_date(plan, replace(unit, inspection_date=first), step) for step in LEAD_STEPS
    }
    after = {
        step: due_date(plan, replace(unit, inspection_date=second), step) for step in LEAD_STEPS
    }
    assert after[Step.INSPECTED] == second
    for step in LEAD_STEPS:
        old, new = before[step], after[step]
        assert old is not None and new is not None
        assert (old <= new) if first <= second else (old >= new)
    if count_days is CountDays.CALENDAR:
        shift = second - first
        assert all(after[step] - before[step] == shift for step in LEAD_STEPS)  # type: ignore[operator]
    worked = Workdays(plan.days_off, plan.working_days)
    if first != second and not worked.is_off(first) and not worked.is_off(second):
        assert all(before[step] != after[step] for step in LEAD_STEPS)
