"""What is due when, for the calendar and the agenda, kept up to date unit by unit.

Working it out for 10,000 units takes a fifth of a second; after one unit changes only
that unit's days and deadlines are worked out again. No textual here: the calendar pane
runs this in a thread.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from msgspec import Struct

from cchc_tui.core.deadlines import Deadline, agenda, open_deadlines
from cchc_tui.core.i18n import Lang, step_word, t
from cchc_tui.core.model import Plan, Step, Unit
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.text import one_line

AGENDA_DAYS = 30
MARK_INSPECTION, MARK_DEADLINE, MARK_OVERDUE = "◆", "•", "!"


class DayEvent(Struct, frozen=True):
    """Something on a day: a unit's inspection (``step`` None) or an open step's deadline."""

    unit_key: str
    unit_name: str
    step: Step | None
    mark: str

    def text(self, lang: Lang) -> str:
        if self.step is None:
            return t("tui.day_inspection", lang, unit=self.unit_name)
        return t("tui.day_deadline", lang, step=step_word(self.step, lang), unit=self.unit_name)


def day_mark(events: list[DayEvent]) -> str:
    """The one sign a day cell has room for: overdue, else inspection, else deadline."""
    marks = {event.mark for event in events}
    for mark in (MARK_OVERDUE, MARK_INSPECTION, MARK_DEADLINE):
        if mark in marks:
            return mark
    return " "


class _UnitDates(Struct, frozen=True):
    unit: Unit
    events: tuple[tuple[date, DayEvent], ...]
    lines: tuple[Deadline, ...]


def _unit_dates(plan: Plan, unit: Unit, today: date, lines: list[Deadline]) -> _UnitDates:
    name = one_line(unit.display_name)
    events = []
    if unit.inspection_date is not None:
        events.append((unit.inspection_date, DayEvent(unit.key, name, None, MARK_INSPECTION)))
    for deadline in open_deadlines(plan, unit, today):
        mark = MARK_OVERDUE if deadline.overdue else MARK_DEADLINE
        events.append((deadline.due, DayEvent(unit.key, name, deadline.step, mark)))
    return _UnitDates(unit, tuple(events), tuple(lines))


class DeadlineBook:
    """Every unit's inspection day and open deadlines, by day and as the agenda."""

    def __init__(self) -> None:
        self._units: dict[str, _UnitDates] = {}
        self._seen: tuple[Plan, date] | None = None

    def read(
        self, snapshot: Snapshot, today: date
    ) -> tuple[dict[date, list[DayEvent]], list[Deadline]]:
        """Days with their events, and the agenda lines (``core.deadlines.agenda``'s order)."""
        plan = snapshot.plan
        if self._seen != (plan, today):
            self._units.clear()
            self._seen = (plan, today)
        kept = self._units
        changed = [
            unit
            for unit in snapshot.units
            if (known := kept.get(unit.key)) is None
            or (known.unit is not unit and known.unit != unit)
        ]
        lines_of: dict[str, list[Deadline]] = defaultdict(list)
        for line in agenda(plan, changed, today, AGENDA_DAYS):
            lines_of[line.unit.key].append(line)
        for unit in changed:
            kept[unit.key] = _unit_dates(plan, unit, today, lines_of[unit.key])
        present = {unit.key for unit in snapshot.units}
        units = self._units = {key: dates for key, dates in kept.items() if key in present}
        days: dict[date, list[DayEvent]] = defaultdict(list)
        lines: list[Deadline] = []
        for dates in units.values():
            for day, event in dates.events:
                days[day].append(event)
            lines.extend(dates.lines)
        # The order agenda() gives, kept across units worked out at different times.
        lines.sort(key=lambda line: (line.due, line.unit.display_name))
        return days, lines
