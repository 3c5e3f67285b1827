"""The plan's inspections laid out day by day, and what clashes in them.

One row per unit inspected directly that has a day: the day its schedule notice is due
(or was sent), its report due (or received), its inspection planned (or done), each
marked done, due, or overdue as seen from today. The days run in whole weeks from the
Monday before the first mark (or the window) to the Sunday after the last; which of them
are days off comes from the plan's working days. Under it, the clashes a planner must
see: each is found by one function of ``CLASH_CHECKS`` (two inspections on one day, a
notice that can no longer go in time, a team member due in two places), so another kind
is one function more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cchc_tui.core.deadlines import due_date, step_statuses
from cchc_tui.core.model import Mode, Plan, Step, Team, Unit
from cchc_tui.core.team import team_clashes
from cchc_tui.core.text import one_line
from cchc_tui.core.workdays import workdays

ONE_DAY = timedelta(days=1)
# The steps a row shows, the later first: it wins a day two marks share.
SHOWN_STEPS = (Step.INSPECTED, Step.REPORT, Step.NOTIFIED)


@dataclass(frozen=True, slots=True)
class Mark:
    """A step on a day: done that day, or due that day (overdue once the day has passed)."""

    step: Step
    done: bool
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class TimelineRow:
    unit: Unit
    marks: Mapping[date, Mark]


@dataclass(frozen=True, slots=True)
class Clash:
    """What a planner must see: ``kind`` is ``same_day`` (``names`` are inspected on
    ``day``), ``notice_late`` (``names[0]``'s notice was due ``due``, for ``day``) or
    ``team_member`` (``who`` of the team is due at every one of ``names`` on ``day``)."""

    kind: str
    day: date
    names: tuple[str, ...]
    due: date | None = None
    who: str = ""


@dataclass(frozen=True, slots=True)
class Timeline:
    first: date  # a Monday
    last: date  # a Sunday
    today: date
    rows: tuple[TimelineRow, ...]
    unscheduled: tuple[Unit, ...]  # inspected directly, no day yet
    days_off: frozenset[date]
    clashes: tuple[Clash, ...]

    @property
    def days(self) -> list[date]:
        return [self.first + n * ONE_DAY for n in range((self.last - self.first).days + 1)]


def unit_marks(plan: Plan, unit: Unit, today: date) -> dict[date, Mark]:
    """Where ``unit``'s notice, report and inspection fall, and how each stands."""
    marks: dict[date, Mark] = {}
    statuses = {status.step: status for status in step_statuses(plan, unit)}
    for step in reversed(SHOWN_STEPS):
        status = statuses.get(step)
        if status is None:
            continue
        if status.done_on is not None:
            marks[status.done_on] = Mark(step, done=True)
        elif status.due is not None:
            marks[status.due] = Mark(step, done=False, overdue=status.due < today)
    return marks


def build_timeline(
    plan: Plan, units: Sequence[Unit], today: date, team: Team | None = None
) -> Timeline:
    direct = [unit for unit in units if unit.mode is Mode.DIRECT]
    rows = tuple(
        TimelineRow(unit, unit_marks(plan, unit, today)) for unit in direct if unit.inspection_day
    )
    marked = [day for row in rows for day in row.marks]
    window = [day for day in (plan.window_start, plan.window_end) if day is not None]
    spread = marked + window or [plan.issued_on, plan.self_report_before]
    first, last = min(spread), max(spread)
    if plan.issued_on <= today <= last:  # today's column, when the plan is under way
        first = min(first, today)
    first -= first.weekday() * ONE_DAY
    last += (6 - last.weekday()) * ONE_DAY
    days = workdays(plan)
    span = (last - first).days + 1
    off = frozenset(day for n in range(span) if days.is_off(day := first + n * ONE_DAY))
    clashes = sorted(
        (clash for check in CLASH_CHECKS for clash in check(plan, team or Team(), direct, today)),
        key=lambda clash: (clash.day, clash.kind),
    )
    unscheduled = tuple(unit for unit in direct if not unit.inspection_day)
    return Timeline(first, last, today, rows, unscheduled, off, tuple(clashes))


# --- clashes ----------------------------------------------------------------------------

ClashCheck = Callable[[Plan, Team, Sequence[Unit], date], list[Clash]]


def same_day_inspections(
    plan: Plan, team: Team, direct: Sequence[Unit], today: date
) -> list[Clash]:
    """Two units or more inspected (or to be) on one day: one team cannot be in both."""
    by_day: dict[date, list[str]] = defaultdict(list)
    for unit in direct:
        day = unit.inspection_day
        if day is not None:
            by_day[day].append(one_line(unit.display_name))
    return [Clash("same_day", day, tuple(names)) for day, names in by_day.items() if len(names) > 1]


def notices_too_late(plan: Plan, team: Team, direct: Sequence[Unit], today: date) -> list[Clash]:
    """An inspection still ahead whose schedule notice was due before today and not sent:
    it can no longer be sent in time; the day must move, or the unit be told late."""
    clashes = []
    for unit in direct:
        day = unit.inspection_date
        if day is None or unit.notified_on or unit.inspected_on or day < today:
            continue
        due = due_date(plan, unit, Step.NOTIFIED)
        if due is not None and due < today:
            clashes.append(Clash("notice_late", day, (one_line(unit.display_name),), due))
    return clashes


def members_in_two_places(
    plan: Plan, team: Team, direct: Sequence[Unit], today: date
) -> list[Clash]:
    """A member of the team assigned to two units or more on one day (``core.team``)."""
    return [
        Clash(
            "team_member",
            clash.day,
            tuple(one_line(unit.display_name) for unit in clash.units),
            who=one_line(clash.member.name),
        )
        for clash in team_clashes(team, direct)
    ]


# Each finds one kind of clash; a new kind is one more function here.
CLASH_CHECKS: tuple[ClashCheck, ...] = (
    same_day_inspections,
    notices_too_late,
    members_in_two_places,
)
