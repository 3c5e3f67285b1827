"""Countdowns on the edge days of an inspection on D = 05/10/2023 and of the self report."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_tui.core.deadlines import agenda, due_date, next_deadline, open_deadlines
from cchc_tui.core.i18n import countdown_text
from cchc_tui.core.model import Conclusion, Plan, Step, Unit
from cchc_tui.core.planfile import PlanFile
from tests.core.progress import INSPECTION_DAY as D
from tests.core.progress import unit_named, walk

NOTICE_DUE = date(2023, 9, 25)  # D - 10
REPORT_DUE = date(2023, 9, 30)  # D - 5
SELF_REPORT_DUE = date(2023, 10, 14)  # the day before "trước ngày 15/10/2023"


@pytest.fixture
def scheduled(sample: PlanFile) -> Unit:
    return walk(sample.plan, unit_named(sample, "Xã Hồng Khê"), today=D, inspection=D)


@pytest.fixture
def notified(sample: PlanFile, scheduled: Unit) -> Unit:
    return walk(sample.plan, scheduled, today=D, notified=date(2023, 9, 20))


@pytest.fixture
def reported(sample: PlanFile, notified: Unit) -> Unit:
    return walk(sample.plan, notified, today=D, report=date(2023, 9, 29))


@pytest.fixture
def self_unit(sample: PlanFile) -> Unit:
    return unit_named(sample, "Xã Bình Minh")


def test_due_dates_follow_the_plan(plan: Plan, scheduled: Unit, self_unit: Unit) -> None:
    assert due_date(plan, scheduled, Step.NOTIFIED) == NOTICE_DUE
    assert due_date(plan, scheduled, Step.REPORT) == REPORT_DUE
    assert due_date(plan, scheduled, Step.INSPECTED) == D
    assert due_date(plan, scheduled, Step.CONCLUDED) is None
    assert due_date(plan, self_unit, Step.REPORT) == SELF_REPORT_DUE


@pytest.mark.parametrize(
    ("state", "today", "step", "due", "days_left", "vi", "en"),
    [
        ("scheduled", date(2023, 9, 24), Step.NOTIFIED, NOTICE_DUE, 1, "còn 1 ngày", "in 1 day"),
        ("scheduled", NOTICE_DUE, Step.NOTIFIED, NOTICE_DUE, 0, "hôm nay", "today"),
        (
            "scheduled",
            date(2023, 9, 26),
            Step.NOTIFIED,
            NOTICE_DUE,
            -1,
            "quá hạn 1 ngày",
            "1 day overdue",
        ),
        ("notified", date(2023, 9, 29), Step.REPORT, REPORT_DUE, 1, "còn 1 ngày", "in 1 day"),
        ("notified", REPORT_DUE, Step.REPORT, REPORT_DUE, 0, "hôm nay", "today"),
        (
            "notified",
            date(2023, 10, 3),
            Step.REPORT,
            REPORT_DUE,
            -3,
            "quá hạn 3 ngày",
            "3 days overdue",
        ),
        ("reported", date(2023, 10, 1), Step.INSPECTED, D, 4, "còn 4 ngày", "in 4 days"),
        ("reported", D, Step.INSPECTED, D, 0, "hôm nay", "today"),
        ("reported", date(2023, 10, 6), Step.INSPECTED, D, -1, "quá hạn 1 ngày", "1 day overdue"),
        (
            "self_unit",
            date(2023, 9, 20),
            Step.REPORT,
            SELF_REPORT_DUE,
            24,
            "còn 24 ngày",
            "in 24 days",
        ),
        ("self_unit", SELF_REPORT_DUE, Step.REPORT, SELF_REPORT_DUE, 0, "hôm nay", "today"),
        (
            "self_unit",
            date(2023, 10, 15),
            Step.REPORT,
            SELF_REPORT_DUE,
            -1,
            "quá hạn 1 ngày",
            "1 day overdue",
        ),
    ],
    ids=[
        "notice-D-11",
        "notice-D-10",
        "notice-D-9",
        "report-D-6",
        "report-D-5",
        "report-D-2",
        "inspect-D-4",
        "inspect-D",
        "inspect-D+1",
        "self-20-09",
        "self-14-10",
        "self-15-10",
    ],
)
def test_the_next_deadline_counts_down_to_its_last_day(
    request: pytest.FixtureRequest,
    plan: Plan,
    state: str,
    today: date,
    step: Step,
    due: date,
    days_left: int,
    vi: str,
    en: str,
) -> None:
    unit: Unit = request.getfixturevalue(state)
    deadline = next_deadline(plan, unit, today)
    assert deadline is not None
    assert (deadline.step, deadline.due, deadline.days_left) == (step, due, days_left)
    assert deadline.overdue is (days_left < 0)
    assert (countdown_text(deadline.days_left, "vi"), countdown_text(deadline.days_left, "en")) == (
        vi,
        en,
    )


@pytest.mark.parametrize(
    ("days_left", "vi", "en"),
    [
        (14, "còn 14 ngày", "in 14 days"),
        (2, "còn 2 ngày", "in 2 days"),
        (0, "hôm nay", "today"),
        (-2, "quá hạn 2 ngày", "2 days overdue"),
        (-30, "quá hạn 30 ngày", "30 days overdue"),
    ],
)
def test_countdown_words(days_left: int, vi: str, en: str) -> None:
    assert countdown_text(days_left, "vi") == vi
    assert countdown_text(days_left, "en") == en


def test_an_unscheduled_unit_has_no_deadline_yet(plan: Plan, sample: PlanFile) -> None:
    unit = unit_named(sample, "Xã Tân Hồng")
    assert next_deadline(plan, unit, D) is None
    assert open_deadlines(plan, unit, D) == []


def test_done_steps_never_show_as_overdue(plan: Plan, sample: PlanFile) -> None:
    late_everywhere = walk(
        plan,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2023, 10, 20),
        inspection=D,
        notified=date(2023, 10, 1),
        report=date(2023, 10, 3),
        inspected=date(2023, 10, 9),
    )
    long_after = date(2023, 12, 31)
    # only the conclusion is left, and it has no deadline
    assert next_deadline(plan, late_everywhere, long_after) is None
    assert open_deadlines(plan, late_everywhere, long_after) == []
    assert agenda(plan, [late_everywhere], long_after, 14) == []


def test_a_late_notice_leaves_only_the_report_and_inspection_open(
    plan: Plan, scheduled: Unit
) -> None:
    late_notice = walk(plan, scheduled, today=date(2023, 9, 27), notified=date(2023, 9, 27))
    open_steps = [
        (d.step, d.days_left) for d in open_deadlines(plan, late_notice, date(2023, 9, 27))
    ]
    assert open_steps == [(Step.REPORT, 3), (Step.INSPECTED, 8)]


def test_a_concluded_self_unit_has_nothing_due(plan: Plan, self_unit: Unit) -> None:
    done = walk(
        plan,
        self_unit,
        today=date(2023, 10, 20),
        report=date(2023, 10, 16),
        conclusion=Conclusion.CRITICISE,
    )
    assert next_deadline(plan, done, date(2023, 11, 1)) is None


def test_the_agenda_lists_overdue_first_then_soonest_within_the_days_asked(
    plan: Plan, sample: PlanFile, scheduled: Unit, self_unit: Unit
) -> None:
    tan_hong = walk(plan, unit_named(sample, "Xã Tân Hồng"), today=D, inspection=date(2023, 9, 28))
    today = date(2023, 9, 20)
    lines = [
        (d.unit.display_name, d.step, d.days_left)
        for d in agenda(plan, [self_unit, scheduled, tan_hong], today, 10)
    ]
    assert lines == [
        ("Xã Tân Hồng", Step.NOTIFIED, -2),
        ("Xã Tân Hồng", Step.REPORT, 3),
        ("Xã Hồng Khê", Step.NOTIFIED, 5),
        ("Xã Tân Hồng", Step.INSPECTED, 8),
        ("Xã Hồng Khê", Step.REPORT, 10),
    ]
    assert [d.days_left for d in agenda(plan, [self_unit], today, 24)] == [24]
    assert agenda(plan, [self_unit], today, 23) == []
