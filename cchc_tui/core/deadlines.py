"""Where a unit stands and what is due when: its steps, their due dates, the agenda.

Direct units: schedule → notified (due D−10) → report (due D−5) → inspected (on D)
→ concluded. Self-inspecting units: report (before the plan's date) → concluded. Either
then reports its fixes by the day its conclusion set, when it set one.
How those days are counted (calendar or working days) is ``core.workdays``'s business.
"""

from __future__ import annotations

from datetime import date, timedelta

from msgspec import Struct

from cchc_tui.core.model import DIRECT_STEPS, SELF_STEPS, Mode, Plan, Stage, Step, Unit
from cchc_tui.core.workdays import counts_working_days, days_ahead, days_left, last_day_before


class StepStatus(Struct, frozen=True):
    """A step of one unit: when it is due, when it was done, whether that was late."""

    step: Step
    due: date | None
    done_on: date | None
    sent_on: date | None = None  # a report: the day the unit sent it

    @property
    def late(self) -> bool:
        """Judged by the day a report was sent ("gửi"); an inspection is done on the day it
        happens, so it is never late against its own planned day."""
        judged = self.sent_on or self.done_on
        return (
            self.step is not Step.INSPECTED
            and judged is not None
            and self.due is not None
            and judged > self.due
        )


def steps_of(unit: Unit) -> tuple[Step, ...]:
    steps = DIRECT_STEPS if unit.mode is Mode.DIRECT else SELF_STEPS
    # A conclusion that asks for fixes by a day adds the unit's remediation report.
    return steps if unit.fix_by is None else (*steps, Step.FIXED)


def due_date(plan: Plan, unit: Unit, step: Step) -> date | None:
    """The last day on which ``step`` is on time, or None when it has no deadline."""
    if step is Step.FIXED:
        return unit.fix_by
    if unit.mode is Mode.SELF:
        return last_day_before(plan, plan.self_report_before) if step is Step.REPORT else None
    day = unit.inspection_date
    if day is None:
        return None
    if step is Step.NOTIFIED:
        return days_ahead(plan, day, plan.notify_lead_days)
    if step is Step.REPORT:
        return days_ahead(plan, day, plan.report_lead_days)
    if step is Step.INSPECTED:
        return day
    return None


def step_statuses(plan: Plan, unit: Unit) -> list[StepStatus]:
    return [
        StepStatus(
            step,
            due_date(plan, unit, step),
            unit.done_on(step),
            unit.report_sent if step is Step.REPORT else None,
        )
        for step in steps_of(unit)
    ]


def next_step(unit: Unit) -> Step | None:
    """The first step not yet done, or None once the unit is concluded."""
    for step in steps_of(unit):
        if unit.done_on(step) is None:
            return step
    return None


def stage(unit: Unit) -> Stage:
    if unit.fixed_on is not None:
        return Stage.FIXED
    if unit.concluded_on is not None:
        return Stage.CONCLUDED
    if unit.mode is Mode.SELF:
        return Stage.REPORTED if unit.report_on else Stage.AWAITING_REPORT
    if unit.inspected_on:
        return Stage.INSPECTED
    if unit.report_on:
        return Stage.REPORTED
    if unit.notified_on:
        return Stage.NOTIFIED
    return Stage.SCHEDULED if unit.inspection_date else Stage.UNSCHEDULED


class Deadline(Struct, frozen=True):
    """An open step with a due date, seen from a given today."""

    unit: Unit
    step: Step
    due: date
    days_left: int  # in working days when the plan counts them
    working_days: bool = False

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def _deadline(plan: Plan, unit: Unit, step: Step, due: date, today: date) -> Deadline:
    return Deadline(unit, step, due, days_left(plan, today, due), counts_working_days(plan))


def next_deadline(plan: Plan, unit: Unit, today: date) -> Deadline | None:
    """The next step's deadline; None when that step has no due date (or all is done)."""
    step = next_step(unit)
    if step is None:
        return None
    due = due_date(plan, unit, step)
    if due is None:
        return None
    return _deadline(plan, unit, step, due, today)


def open_deadlines(plan: Plan, unit: Unit, today: date) -> list[Deadline]:
    """Every step not yet done that has a due date: what the agenda lists."""
    return [
        _deadline(plan, unit, status.step, status.due, today)
        for status in step_statuses(plan, unit)
        if status.done_on is None and status.due is not None
    ]


def agenda(plan: Plan, units: list[Unit], today: date, days: int) -> list[Deadline]:
    """Overdue steps first, then those due within ``days`` calendar days, soonest first."""
    last = today + timedelta(days=days)
    due = [
        deadline
        for unit in units
        for deadline in open_deadlines(plan, unit, today)
        if deadline.due <= last
    ]
    return sorted(due, key=lambda d: (d.due, d.unit.display_name))
