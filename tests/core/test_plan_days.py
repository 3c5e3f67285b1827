"""The plan file's days: how a plan counts, its swaps and window, keys nobody declared,
reports sent and received, and the warnings a planner gets when choosing a day."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.codec import unit_from_dict, unit_to_dict
from cchc_tui.core.codec_plan import plan_from_dict, plan_to_dict
from cchc_tui.core.due_words import inspection_text, report_text, warning_text
from cchc_tui.core.errors import RuleError, UserError
from cchc_tui.core.i18n import error_text
from cchc_tui.core.model import CountDays, Step, Unit
from cchc_tui.core.planfile import PlanFile, dump_plan_file, parse_plan_file
from cchc_tui.core.workflow import mark, progress_problem, schedule_warnings
from tests.conftest import DATA
from tests.core.plan_text import broken, line_of, plan_file_error
from tests.core.progress import applied, late_steps, unit_named, walk

EXAMPLE_2024 = DATA / "example-2024-working-days.toml"


def refusal(text: str) -> str:
    return error_text(plan_file_error(text), "vi")


COUNT_LINE = 'count_days = "calendar"'


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (COUNT_LINE, 'count_day = "working"', "không có khóa “count_day” (có phải “count_days”?)"),
        (
            COUNT_LINE,
            'count_days = "lam viec"',
            'trường “count_days” phải là "calendar" | "working"',
        ),
        (COUNT_LINE, "days_off = 2024-04-29", "trường “days_off” phải là [YYYY-MM-DD, …]"),
        (COUNT_LINE, 'days_off = ["29/04/2024"]', "trường “days_off” phải là [YYYY-MM-DD, …]"),
        (
            COUNT_LINE,
            "days_off = [2023-10-02]\nworking_days = [2023-10-02]",
            "“working_days” 02/10/2023 vừa là ngày nghỉ vừa là ngày làm bù",
        ),
        (
            COUNT_LINE,
            "working_days = [2023-10-03]",
            "“working_days” có 03/10/2023, vốn là ngày làm việc",
        ),
        (
            "window_start = 2023-09-21",
            "window_start = 2023-09-01",
            "trường “window_start” không được trước ngày ban hành kế hoạch 15/09/2023",
        ),
        ("window_end = 2023-10-10", "window_end = 2023-09-20", "trường “window_end” phải sau"),
        (
            'id = "ke-hoach"',
            'id = "ke-hoach"\ntxet = "x"',
            "[[checklists.commune]] #1: không có khóa “txet”",
        ),
        ("in_seed = true", "in_seed = true\nmode_ = 1", "[[units]] #1: không có khóa “mode_”"),
        ("[plan]", "plan_number = 1\n[plan]", "không có khóa “plan_number”"),
    ],
    ids=[
        "typo-count_day",
        "count_days-value",
        "days_off-not-a-list",
        "days_off-text",
        "off-and-working",
        "working-day-already",
        "window-before-issue",
        "window-order",
        "checklist-key",
        "unit-key",
        "top-level-key",
    ],
)
def test_a_bad_date_key_or_an_unknown_key_is_refused_naming_its_line(
    old: str, new: str, said: str
) -> None:
    text = broken(old, new)
    message = refusal(text)
    assert said in message, message
    key_line = [line for line in new.splitlines() if line not in old.splitlines()][-1]
    assert f"dòng {line_of(text, key_line)}," in message, message


def test_window_bounds_are_optional_and_the_keys_round_trip_through_export(
    sample: PlanFile,
) -> None:
    text = broken("window_start = 2023-09-21\nwindow_end = 2023-10-10\n", "")
    plan = parse_plan_file(text).plan
    assert (plan.window_start, plan.window_end) == (None, None)
    exported = dump_plan_file(plan, sample.units)
    assert "window_start" not in exported and 'count_days = "calendar"' in exported
    assert parse_plan_file(exported).plan == plan


def test_the_2024_example_counts_working_days_with_its_swaps() -> None:
    example = parse_plan_file(EXAMPLE_2024.read_text(encoding="utf-8"), str(EXAMPLE_2024))
    plan = example.plan
    assert plan.count_days is CountDays.WORKING
    assert plan.days_off == (date(2024, 4, 29),)
    assert plan.working_days == (date(2024, 5, 4),)
    again = parse_plan_file(dump_plan_file(plan, example.units))
    assert again.plan == plan and again.units == example.units


def test_files_without_the_new_fields_still_load(sample: PlanFile) -> None:
    record = plan_to_dict(sample.plan)
    for name in ("count_days", "days_off", "working_days", "window_start", "window_end"):
        del record[name]
    plan = plan_from_dict(record)
    assert (plan.count_days, plan.days_off, plan.window_start) == (CountDays.CALENDAR, (), None)
    unit = unit_to_dict(unit_named(sample, "Xã Hồng Khê"), "96/KH-UBND")
    del unit["report_sent_on"]
    assert unit_from_dict(unit).report_sent_on is None


# --- sent and received -------------------------------------------------------------


@pytest.fixture
def notified(sample: PlanFile) -> Unit:
    """Hồng Khê, to be inspected on Thursday 05/10/2023 and told so on 22/09."""
    return walk(
        sample.plan,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2023, 9, 22),
        inspection=date(2023, 10, 5),
        notified=date(2023, 9, 22),
    )


def test_a_report_is_on_time_by_the_day_it_was_sent(sample: PlanFile, notified: Unit) -> None:
    plan, unit = sample.plan, notified
    change = mark(
        plan,
        unit,
        Step.REPORT,
        date(2023, 10, 2),
        date(2023, 10, 3),
        sent=date(2023, 9, 29),
        ref="số 12/BC-UBND",
    )
    done = applied(unit, change)
    assert (done.report_on, done.report_sent_on, done.report_ref) == (
        date(2023, 10, 2),
        date(2023, 9, 29),
        "số 12/BC-UBND",
    )
    assert late_steps(plan, done) == []
    assert report_text(done, "vi") == "gửi ngày 29/09/2023, nhận ngày 02/10/2023, số 12/BC-UBND"
    assert report_text(done, "en") == "sent 29/09/2023, received 02/10/2023, no. 12/BC-UBND"
    # without --sent the report was sent the day it arrived: two days late
    plain = applied(unit, mark(plan, unit, Step.REPORT, date(2023, 10, 2), date(2023, 10, 3)))
    assert plain.report_sent_on is None and late_steps(plan, plain) == [Step.REPORT]
    assert report_text(plain, "vi") == "nhận ngày 02/10/2023"


def test_a_self_report_sent_on_friday_13_is_on_time(sample: PlanFile) -> None:
    plan = sample.plan
    ke_sat = unit_named(sample, "Thị trấn Kẻ Sặt")
    done = applied(
        ke_sat,
        mark(
            plan,
            ke_sat,
            Step.REPORT,
            date(2023, 10, 16),
            date(2023, 10, 16),
            sent=date(2023, 10, 13),
        ),
    )
    assert late_steps(plan, done) == []


@pytest.mark.parametrize(
    ("step", "sent", "key"),
    [
        (Step.REPORT, date(2023, 10, 3), "rule.sent_after_received"),
        (Step.REPORT, date(2023, 9, 1), "rule.date_before_issue"),
        (Step.NOTIFIED, date(2023, 9, 20), "sent_only_report"),
    ],
)
def test_impossible_sent_days_are_refused(
    sample: PlanFile, notified: Unit, step: Step, sent: date, key: str
) -> None:
    plan, unit = sample.plan, notified
    if step is Step.NOTIFIED:  # a step not yet done, to try --sent on
        unit = replace(unit, notified_on=None)
    with pytest.raises(UserError) as caught:
        mark(plan, unit, step, date(2023, 10, 2), date(2023, 10, 3), sent=sent)
    assert caught.value.key == key


def test_a_sent_day_after_arrival_in_a_hand_edited_file_is_caught(sample: PlanFile) -> None:
    unit = unit_named(sample, "Thị trấn Kẻ Sặt")
    broken = replace(unit, report_on=date(2023, 10, 2), report_sent_on=date(2023, 10, 3))
    assert progress_problem(broken) == ("report_sent_on", "≤ report_on")


def test_an_inspection_on_another_day_says_both_days(sample: PlanFile, notified: Unit) -> None:
    plan = sample.plan
    unit = walk(
        plan,
        notified,
        today=date(2023, 10, 6),
        report=date(2023, 9, 29),
        inspected=date(2023, 10, 4),
    )
    assert inspection_text(unit, "vi") == "kiểm tra ngày 04/10/2023, dự kiến 05/10/2023"
    assert inspection_text(unit, "en") == "inspected on 04/10/2023, planned for 05/10/2023"
    assert late_steps(plan, unit) == []


# --- scheduling warnings -----------------------------------------------------------


def test_scheduling_warns_and_names_what_is_wrong(sample: PlanFile) -> None:
    plan = sample.plan
    today = date(2023, 9, 25)
    tan_hong = walk(
        plan, unit_named(sample, "Xã Tân Hồng"), today=today, inspection=date(2023, 10, 14)
    )
    units = [tan_hong, *(u for u in sample.units if u.key != tan_hong.key)]
    hong_khe = unit_named(sample, "Xã Hồng Khê")

    def said(day: date) -> list[str]:
        return [
            warning_text(w, plan, "vi")
            for w in schedule_warnings(plan, units, hong_khe, day, today)
        ]

    assert said(date(2023, 10, 5)) == []
    assert said(date(2023, 10, 14)) == [
        "14/10/2023 ngoài thời gian kiểm tra 21/09/2023 – 10/10/2023",
        "14/10/2023 là ngày nghỉ: Thứ Bảy",
        "ngày 14/10/2023 đã có lịch kiểm tra Xã Tân Hồng",
    ]
    assert said(date(2023, 9, 29)) == [
        "hạn thông báo lịch 19/09/2023 đã qua (thông báo trước 10 ngày kiểm tra)",
        "hạn gửi báo cáo 24/09/2023 đã qua (gửi trước 5 ngày kiểm tra)",
    ]
    assert "01/01/2030 ngoài thời gian kiểm tra 21/09/2023 – 10/10/2023" in said(date(2030, 1, 1))
    assert "01/01/2030 là ngày nghỉ: Thứ Ba, Tết Dương lịch" in said(date(2030, 1, 1))


def test_only_a_day_before_the_plan_was_issued_is_refused(sample: PlanFile) -> None:
    from cchc_tui.core.workflow import schedule

    hong_khe = unit_named(sample, "Xã Hồng Khê")
    with pytest.raises(RuleError) as caught:
        schedule(sample.plan, hong_khe, date(2023, 9, 14))
    assert caught.value.key == "rule.date_before_issue"
    assert schedule(sample.plan, hong_khe, date(2030, 1, 5)).edits[0].new == "2030-01-05"
