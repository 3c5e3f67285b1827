"""The workflow rules of plan 96/KH-UBND: step order, possible dates, on time or late."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest

from cchc_tui.core.deadlines import next_step, stage, step_statuses
from cchc_tui.core.errors import RuleError, UserError
from cchc_tui.core.model import Conclusion, Plan, Stage, Step, Unit, Verdict
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.workflow import (
    NOTE_LIMIT,
    add_note,
    conclude,
    find_item,
    mark,
    schedule,
    set_item,
)
from tests.conftest import SEPT_20
from tests.core.progress import INSPECTION_DAY as D
from tests.core.progress import applied, late_steps, unit_named, walk

ISSUED = date(2023, 9, 15)
OCT_20 = date(2023, 10, 20)


@pytest.fixture
def hong_khe(sample: PlanFile) -> Unit:
    """A commune the team inspects directly."""
    return unit_named(sample, "Xã Hồng Khê")


@pytest.fixture
def ke_sat(sample: PlanFile) -> Unit:
    """The district town, which inspects itself and sends a report."""
    return unit_named(sample, "Thị trấn Kẻ Sặt")


def test_a_direct_unit_goes_schedule_notified_report_inspected_concluded(
    plan: Plan, hong_khe: Unit
) -> None:
    seen = [(stage(hong_khe), next_step(hong_khe))]
    unit = applied(hong_khe, schedule(plan, hong_khe, D))
    seen.append((stage(unit), next_step(unit)))
    for step, on in (
        (Step.NOTIFIED, date(2023, 9, 22)),
        (Step.REPORT, date(2023, 9, 29)),
        (Step.INSPECTED, D),
    ):
        unit = applied(unit, mark(plan, unit, step, on, OCT_20))
        seen.append((stage(unit), next_step(unit)))
    unit = applied(unit, conclude(unit, Conclusion.SATISFACTORY, OCT_20))
    seen.append((stage(unit), next_step(unit)))

    assert seen == [
        (Stage.UNSCHEDULED, Step.SCHEDULE),
        (Stage.SCHEDULED, Step.NOTIFIED),
        (Stage.NOTIFIED, Step.REPORT),
        (Stage.REPORTED, Step.INSPECTED),
        (Stage.INSPECTED, Step.CONCLUDED),
        (Stage.CONCLUDED, None),
    ]
    assert unit.conclusion is Conclusion.SATISFACTORY
    assert unit.concluded_on == OCT_20
    assert late_steps(plan, unit) == []


def test_a_self_inspecting_unit_only_reports_and_is_concluded(plan: Plan, ke_sat: Unit) -> None:
    assert (stage(ke_sat), next_step(ke_sat)) == (Stage.AWAITING_REPORT, Step.REPORT)
    reported = walk(plan, ke_sat, today=OCT_20, report=date(2023, 10, 10))
    assert (stage(reported), next_step(reported)) == (Stage.REPORTED, Step.CONCLUDED)
    concluded = applied(reported, conclude(reported, Conclusion.COMMEND, OCT_20))
    assert (stage(concluded), next_step(concluded)) == (Stage.CONCLUDED, None)


@pytest.fixture
def inspected_unit(plan: Plan, hong_khe: Unit) -> Unit:
    """Hồng Khê inspected on its day D, every step before it on time."""
    return walk(
        plan,
        hong_khe,
        today=OCT_20,
        inspection=D,
        notified=SEPT_20,
        report=date(2023, 9, 28),
        inspected=D,
    )


def _refusal(action: Callable[[], object]) -> RuleError:
    with pytest.raises(RuleError) as caught:
        action()
    return caught.value


@pytest.mark.parametrize(
    ("done", "step", "needed"),
    [
        ({}, Step.NOTIFIED, Step.SCHEDULE),
        ({"inspection": D}, Step.REPORT, Step.NOTIFIED),
        ({"inspection": D}, Step.INSPECTED, Step.NOTIFIED),
        ({"inspection": D, "notified": date(2023, 9, 20)}, Step.INSPECTED, Step.REPORT),
    ],
    ids=[
        "notice-before-schedule",
        "report-before-notice",
        "inspect-before-notice",
        "inspect-before-report",
    ],
)
def test_a_step_before_the_one_it_needs_is_refused(
    plan: Plan, hong_khe: Unit, done: dict[str, date], step: Step, needed: Step
) -> None:
    unit = walk(plan, hong_khe, today=OCT_20, **done)
    refusal = _refusal(lambda: mark(plan, unit, step, D, OCT_20))
    assert refusal.key == "rule.needs_step"
    assert refusal.params["needed"] == needed
    assert refusal.params["unit"] == "Xã Hồng Khê"


def test_a_conclusion_before_the_inspection_is_refused(plan: Plan, hong_khe: Unit) -> None:
    reported = walk(
        plan, hong_khe, today=OCT_20, inspection=D, notified=SEPT_20, report=date(2023, 9, 28)
    )
    refusal = _refusal(lambda: conclude(reported, Conclusion.COMMEND, OCT_20))
    assert (refusal.key, refusal.params["needed"]) == ("rule.needs_step", Step.INSPECTED)


def test_a_conclusion_dated_before_the_inspection_is_refused(inspected_unit: Unit) -> None:
    refusal = _refusal(lambda: conclude(inspected_unit, Conclusion.COMMEND, date(2023, 10, 4)))
    assert refusal.key == "rule.before_previous"
    assert (refusal.params["date"], refusal.params["previous"]) == ("04/10/2023", "05/10/2023")
    concluded = applied(inspected_unit, conclude(inspected_unit, Conclusion.COMMEND, D))
    assert concluded.concluded_on == D


def test_a_self_unit_cannot_be_concluded_before_its_report(ke_sat: Unit) -> None:
    refusal = _refusal(lambda: conclude(ke_sat, Conclusion.SATISFACTORY, OCT_20))
    assert (refusal.key, refusal.params["needed"]) == ("rule.needs_step", Step.REPORT)


def test_a_self_unit_cannot_be_scheduled(plan: Plan, ke_sat: Unit) -> None:
    assert _refusal(lambda: schedule(plan, ke_sat, D)).key == "rule.self_no_schedule"


@pytest.mark.parametrize("step", [Step.NOTIFIED, Step.INSPECTED])
def test_a_self_unit_has_only_the_report_and_the_conclusion(
    plan: Plan, ke_sat: Unit, step: Step
) -> None:
    assert _refusal(lambda: mark(plan, ke_sat, step, SEPT_20, OCT_20)).key == "rule.self_step"


def test_schedule_and_conclusion_are_not_marked_as_steps(plan: Plan, hong_khe: Unit) -> None:
    for step in (Step.SCHEDULE, Step.CONCLUDED):
        with pytest.raises(UserError) as caught:
            mark(plan, hong_khe, step, SEPT_20, OCT_20)
        assert caught.value.key == "choice_unknown"


def test_a_step_is_not_done_twice(plan: Plan, hong_khe: Unit) -> None:
    notified = walk(plan, hong_khe, today=OCT_20, inspection=D, notified=SEPT_20)
    refusal = _refusal(lambda: mark(plan, notified, Step.NOTIFIED, date(2023, 9, 21), OCT_20))
    assert refusal.key == "rule.already_done"
    assert refusal.params["date"] == "20/09/2023"


@pytest.mark.parametrize(
    ("done", "step", "on", "key"),
    [
        # the report cannot come before the notice that asked for it
        ({"notified": date(2023, 9, 22)}, Step.REPORT, date(2023, 9, 21), "rule.before_previous"),
        # nor the inspection before the report it studies
        (
            {"notified": SEPT_20, "report": date(2023, 9, 30)},
            Step.INSPECTED,
            date(2023, 9, 29),
            "rule.before_previous",
        ),
        # a notice or a report after the inspection day is no notice or report at all
        ({}, Step.NOTIFIED, date(2023, 10, 6), "rule.after_inspection"),
        ({"notified": SEPT_20}, Step.REPORT, date(2023, 10, 6), "rule.after_inspection"),
        # nothing is done in the future
        ({}, Step.NOTIFIED, date(2023, 10, 21), "rule.in_future"),
        # nor before the plan was issued on 15/09/2023
        ({}, Step.NOTIFIED, date(2023, 9, 14), "rule.date_before_issue"),
    ],
    ids=[
        "report-before-notice",
        "inspected-before-report",
        "notice-after-inspection",
        "report-after-inspection",
        "future",
        "before-issue",
    ],
)
def test_dates_in_an_impossible_order_are_refused(
    plan: Plan, hong_khe: Unit, done: dict[str, date], step: Step, on: date, key: str
) -> None:
    unit = walk(plan, hong_khe, today=OCT_20, inspection=D, **done)
    assert _refusal(lambda: mark(plan, unit, step, on, OCT_20)).key == key


def test_a_step_dated_today_is_accepted_and_tomorrow_is_not(plan: Plan, hong_khe: Unit) -> None:
    scheduled = walk(plan, hong_khe, today=SEPT_20, inspection=D)
    assert mark(plan, scheduled, Step.NOTIFIED, SEPT_20, SEPT_20).edits[0].new == "2023-09-20"
    tomorrow = SEPT_20 + timedelta(days=1)
    refusal = _refusal(lambda: mark(plan, scheduled, Step.NOTIFIED, tomorrow, SEPT_20))
    assert refusal.params == {"date": "21/09/2023", "today": "20/09/2023"}


def test_an_inspection_before_the_plan_was_issued_is_refused(plan: Plan, hong_khe: Unit) -> None:
    refusal = _refusal(lambda: schedule(plan, hong_khe, ISSUED - timedelta(days=1)))
    assert refusal.key == "rule.date_before_issue"
    assert refusal.params["issued"] == "15/09/2023"


def test_the_issue_day_itself_is_a_possible_date(plan: Plan, hong_khe: Unit) -> None:
    notified = walk(plan, hong_khe, today=ISSUED, inspection=D, notified=ISSUED)
    assert notified.notified_on == ISSUED


def test_rescheduling_after_the_inspection_is_refused(plan: Plan, inspected_unit: Unit) -> None:
    refusal = _refusal(lambda: schedule(plan, inspected_unit, date(2023, 10, 12)))
    assert (refusal.key, refusal.params["date"]) == ("rule.already_inspected", "05/10/2023")


def test_rescheduling_is_recorded_as_old_and_new_date(plan: Plan, hong_khe: Unit) -> None:
    scheduled = walk(plan, hong_khe, today=SEPT_20, inspection=D)
    change = schedule(plan, scheduled, date(2023, 10, 9))
    assert [(e.field, e.old, e.new) for e in change.edits] == [
        ("inspection_date", "2023-10-05", "2023-10-09")
    ]
    assert _refusal(lambda: schedule(plan, scheduled, D)).key == "rule.same_value"


def test_rescheduling_before_the_notice_is_refused(plan: Plan, hong_khe: Unit) -> None:
    notified = walk(plan, hong_khe, today=OCT_20, inspection=D, notified=date(2023, 9, 25))
    refusal = _refusal(lambda: schedule(plan, notified, date(2023, 9, 24)))
    assert refusal.key == "rule.reschedule_before_notice"


def test_rescheduling_before_the_report_received_is_refused(plan: Plan, hong_khe: Unit) -> None:
    reported = walk(
        plan, hong_khe, today=OCT_20, inspection=D, notified=SEPT_20, report=date(2023, 9, 28)
    )
    # the report would then have arrived after the inspection it was sent for
    refusal = _refusal(lambda: schedule(plan, reported, date(2023, 9, 27)))
    assert refusal.key == "rule.after_inspection"
    assert refusal.params["date"] == "28/09/2023"
    assert refusal.params["inspection"] == "27/09/2023"
    assert schedule(plan, reported, date(2023, 9, 28)).edits[0].new == "2023-09-28"


@pytest.mark.parametrize(
    ("notified", "report", "inspected", "late"),
    [
        (date(2023, 9, 25), date(2023, 9, 30), D, []),
        (date(2023, 9, 26), date(2023, 9, 30), D, [Step.NOTIFIED]),
        (date(2023, 9, 25), date(2023, 10, 1), D, [Step.REPORT]),
        # inspected a day after the planned day: the actual day, not a late inspection
        (date(2023, 9, 25), date(2023, 9, 30), date(2023, 10, 6), []),
        (date(2023, 10, 2), date(2023, 10, 3), date(2023, 10, 9), [Step.NOTIFIED, Step.REPORT]),
    ],
    ids=["all-on-time", "late-notice", "late-report", "inspected-another-day", "all-late"],
)
def test_each_direct_step_is_recorded_on_time_or_late(
    plan: Plan, hong_khe: Unit, notified: date, report: date, inspected: date, late: list[Step]
) -> None:
    unit = walk(
        plan,
        hong_khe,
        today=OCT_20,
        inspection=D,
        notified=notified,
        report=report,
        inspected=inspected,
        conclusion=Conclusion.SATISFACTORY,
    )
    assert late_steps(plan, unit) == late
    statuses = {status.step: (status.due, status.done_on) for status in step_statuses(plan, unit)}
    assert statuses[Step.NOTIFIED] == (date(2023, 9, 25), notified)
    assert statuses[Step.REPORT] == (date(2023, 9, 30), report)
    assert statuses[Step.INSPECTED] == (D, inspected)
    assert statuses[Step.CONCLUDED] == (None, OCT_20)


@pytest.mark.parametrize(
    ("received", "late"),
    [(date(2023, 10, 14), []), (date(2023, 10, 15), [Step.REPORT])],
    ids=["14-10-on-time", "15-10-late"],
)
def test_a_self_report_is_late_from_15_october(
    plan: Plan, ke_sat: Unit, received: date, late: list[Step]
) -> None:
    unit = walk(plan, ke_sat, today=OCT_20, report=received)
    assert late_steps(plan, unit) == late


def test_changing_a_conclusion_keeps_the_day_it_was_first_concluded(
    plan: Plan, ke_sat: Unit
) -> None:
    concluded = walk(
        plan, ke_sat, today=OCT_20, report=date(2023, 10, 10), conclusion=Conclusion.SATISFACTORY
    )
    change = conclude(concluded, Conclusion.CRITICISE, date(2023, 10, 25))
    assert [(e.field, e.old, e.new) for e in change.edits] == [("conclusion", "dat", "phe-binh")]
    refusal = _refusal(lambda: conclude(concluded, Conclusion.SATISFACTORY, OCT_20))
    assert refusal.key == "rule.same_value"


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("1", "ke-hoach"),
        ("6", "so-hoa"),
        ("tuyen-truyen", "tuyen-truyen"),
        ("cong tac tuyen", "tuyen-truyen"),
        ("SỐ HÓA", "so-hoa"),
        ("dịch vụ công", "dich-vu-cong"),
    ],
)
def test_checklist_items_are_found_by_number_id_or_words(
    plan: Plan, hong_khe: Unit, query: str, item_id: str
) -> None:
    assert find_item(plan, hong_khe, query).id == item_id


@pytest.mark.parametrize("query", ["0", "7", "", "cong tac", "phan cap", "²", "٣"])
def test_an_unknown_or_unclear_item_lists_the_items(plan: Plan, hong_khe: Unit, query: str) -> None:
    with pytest.raises(UserError) as caught:
        find_item(plan, hong_khe, query)
    assert caught.value.key == "item_unknown"
    assert "6. Số hóa đầu vào, đầu ra tại bộ phận một cửa" in caught.value.params["items"]


def test_an_item_verdict_and_note_are_set_and_a_repeat_is_refused(
    plan: Plan, hong_khe: Unit
) -> None:
    item = find_item(plan, hong_khe, "so hoa")
    unit = applied(hong_khe, set_item(plan, hong_khe, item, Verdict.PARTLY_MET, "Mới số hóa 60%"))
    assert unit.items["so-hoa"].verdict is Verdict.PARTLY_MET
    assert unit.items["so-hoa"].note == "Mới số hóa 60%"
    # a verdict alone keeps the note typed before
    unit = applied(unit, set_item(plan, unit, item, Verdict.MET))
    assert (unit.items["so-hoa"].verdict, unit.items["so-hoa"].note) == (
        Verdict.MET,
        "Mới số hóa 60%",
    )
    assert _refusal(lambda: set_item(plan, unit, item, Verdict.MET)).key == "rule.same_value"


def test_notes_are_cleaned_of_terminal_escapes_and_keep_their_author(hong_khe: Unit) -> None:
    at = datetime(2023, 9, 20, 8, 30, tzinfo=timezone(timedelta(hours=7)))
    unit = applied(
        hong_khe, add_note(hong_khe, "\x1b]0;pwned\x07Đã gọi \x1b[31mđiện\x1b[0m", "lan", at, "a1")
    )
    (note,) = unit.notes
    assert (note.text, note.by, note.at) == (
        "Đã gọi điện",
        "lan",
        "2023-09-20T08:30:00.000000+07:00",
    )


def test_two_notes_of_one_login_in_one_microsecond_both_land(hong_khe: Unit) -> None:
    at = datetime(2023, 9, 20, 8, 30)
    first = applied(hong_khe, add_note(hong_khe, "Máy một", "vp", at, "4f1c9a02"))
    both = applied(first, add_note(hong_khe, "Máy hai", "vp", at, "b3e07d51"))
    assert sorted(note.text for note in both.notes) == ["Máy hai", "Máy một"]


@pytest.mark.parametrize(
    ("text", "key"), [("   \n\t ", "note_empty"), ("x" * (NOTE_LIMIT + 1), "note_too_long")]
)
def test_empty_or_overlong_notes_are_refused(hong_khe: Unit, text: str, key: str) -> None:
    with pytest.raises(UserError) as caught:
        add_note(hong_khe, text, "lan", datetime(2023, 9, 20, 8, 30), "a1")
    assert caught.value.key == key
