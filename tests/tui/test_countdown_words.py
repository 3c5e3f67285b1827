"""The units table's "next" column counts down as the plan counts its days."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.deadlines import Deadline
from cchc_tui.core.model import Mode, Stage, Step, Unit
from cchc_tui.core.summary import UnitRow
from cchc_tui.tui.panes.unit_columns import next_words


def _row(days_left: int, working: bool) -> UnitRow:
    unit = Unit("u", "Xã A", "xa", Mode.DIRECT, True, inspection_date=date(2023, 10, 12))
    deadline = Deadline(unit, Step.NOTIFIED, date(2023, 9, 28), days_left, working)
    return UnitRow(unit, Stage.SCHEDULED, Step.NOTIFIED, deadline, ())


def test_a_plan_counting_working_days_says_working_days() -> None:
    assert next_words(_row(3, working=True), "vi") == "Báo lịch: còn 3 ngày làm việc"
    assert next_words(_row(-2, working=True), "en").endswith("2 working days overdue")


def test_a_plan_counting_calendar_days_says_days() -> None:
    assert next_words(_row(3, working=False), "vi") == "Báo lịch: còn 3 ngày"
