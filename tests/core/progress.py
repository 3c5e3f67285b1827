"""Walking a unit through the workflow in memory, exactly as the store applies changes."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.codec import unit_from_dict, unit_to_dict, write_field
from cchc_tui.core.deadlines import step_statuses
from cchc_tui.core.model import Conclusion, Plan, Step, Unit
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.workflow import Change, conclude, mark, schedule

# The inspection day used throughout: D = 05/10/2023, so notice due 25/09, report due 30/09.
INSPECTION_DAY = date(2023, 10, 5)


def unit_named(sample: PlanFile, display_name: str) -> Unit:
    return next(unit for unit in sample.units if unit.display_name == display_name)


def applied(unit: Unit, change: Change) -> Unit:
    """The unit after ``change``, through the same field paths the data file uses."""
    assert change.unit == unit.key
    record = unit_to_dict(unit, "plan")
    for edit in change.edits:
        write_field(record, edit.field, edit.new)
    return unit_from_dict(record)


def late_steps(plan: Plan, unit: Unit) -> list[Step]:
    """The steps the summary marks late: done after their due date, or overdue."""
    return [status.step for status in step_statuses(plan, unit) if status.late]


def walk(
    plan: Plan,
    unit: Unit,
    *,
    today: date,
    inspection: date | None = None,
    notified: date | None = None,
    report: date | None = None,
    inspected: date | None = None,
    conclusion: Conclusion | None = None,
) -> Unit:
    """Take ``unit`` through each given step with the real rules, in workflow order."""
    if inspection is not None:
        unit = applied(unit, schedule(plan, unit, inspection))
    for step, on in ((Step.NOTIFIED, notified), (Step.REPORT, report), (Step.INSPECTED, inspected)):
        if on is not None:
            unit = applied(unit, mark(plan, unit, step, on, today))
    if conclusion is not None:
        unit = applied(unit, conclude(unit, conclusion, today))
    return unit
