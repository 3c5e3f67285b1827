"""Days off, working days, and counting "N days before" the way a plan says.

A day off is a Saturday or Sunday, one of Vietnam's public holidays (the ``holidays``
package knows the lunar ones and the swap days the government announced), or a day the
plan adds (``days_off``); a make-up working day the plan names (``working_days``) is a
working day even on a Saturday. Every date rule of the workflow asks here, so the
calendar, the agenda, the summaries and the scheduling warnings all agree.

``holidays`` costs ~80 ms to import, more than a whole ``summary`` of the sample: it is
imported only when a weekday falls in one of the seasons that hold every holiday it
knows (a test keeps ``HOLIDAY_SEASONS`` in step with the pinned package).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal

from msgspec import Struct

from cchc_tui.core.model import CountDays, Plan

ONE_DAY = timedelta(days=1)
SATURDAY = 5

# (first month, first day, last month, last day) of each stretch of the year in which the
# package has a holiday or a swap day for some year from 1995 to 2100: New Year, Tết, Giỗ
# Tổ with 30/4–1/5, National Day, Vietnam Culture Day (from 2026); widened by a few days
# for swaps yet to be announced.
HOLIDAY_SEASONS = (
    (12, 27, 12, 31),
    (1, 1, 1, 5),
    (1, 15, 2, 29),
    (3, 25, 5, 10),
    (8, 25, 9, 10),
    (11, 20, 11, 30),
)


def _season_days() -> frozenset[tuple[int, int]]:
    days: set[tuple[int, int]] = set()
    for first_month, first_day, last_month, last_day in HOLIDAY_SEASONS:
        day = date(2024, first_month, first_day)  # a leap year, so 29/02 exists
        while day <= date(2024, last_month, last_day):
            days.add((day.month, day.day))
            day += ONE_DAY
    return frozenset(days)


_SEASON_DAYS = _season_days()
HolidayLang = Literal["vi", "en"]
_PACKAGE_LANG = {"vi": "vi", "en": "en_US"}
_LOADING = threading.Lock()  # the calendar pane asks from a worker thread


def _vietnam_calendar() -> Any:
    """The ``holidays`` package's Vietnam class, without its other countries: importing
    ``holidays.countries`` loads all of them (~150 ms against ~80 ms for this one)."""
    name = "holidays.countries.vietnam"
    if name not in sys.modules:
        import holidays  # the package's core, which the Vietnam module builds on

        path = Path(holidays.__file__).parent / "countries" / "vietnam.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules.setdefault(name, module)
    return sys.modules[name].Vietnam


@cache
def _holidays_of(year: int, lang: HolidayLang) -> dict[date, str]:
    with _LOADING:
        vietnam = _vietnam_calendar()
    return dict(vietnam(years=year, language=_PACKAGE_LANG[lang]).items())


def public_holiday(day: date, lang: HolidayLang = "vi") -> str | None:
    """The name of the public holiday (or the government's swap day off) on ``day``."""
    if (day.month, day.day) not in _SEASON_DAYS:
        return None
    return _holidays_of(day.year, lang).get(day)


class DayOff(Struct, frozen=True):
    """Why a day is not worked: its weekday (5 Saturday, 6 Sunday), a public holiday's
    name, or the plan's own day off."""

    day: date
    holiday: str | None = None
    in_plan: bool = False

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= SATURDAY


class Workdays:
    """The working days of one plan: weekends and holidays off, the plan's swaps applied."""

    def __init__(self, days_off: tuple[date, ...], working_days: tuple[date, ...]) -> None:
        self._extra_off = frozenset(days_off)
        self._made_up = frozenset(working_days)
        # Thousands of units share a few dozen days: each answer is worked out once.
        self._off: dict[date, bool] = {}
        self._before: dict[tuple[date, int], date] = {}
        self._left: dict[tuple[date, date], int] = {}

    def is_off(self, day: date) -> bool:
        known = self._off.get(day)
        if known is None:
            known = self._off[day] = day not in self._made_up and (
                day in self._extra_off
                or day.weekday() >= SATURDAY
                or public_holiday(day) is not None
            )
        return known

    def day_off(self, day: date, lang: HolidayLang = "vi") -> DayOff | None:
        """Why ``day`` is off, or None on a working day."""
        if not self.is_off(day):
            return None
        return DayOff(day, public_holiday(day, lang), day in self._extra_off)

    def working_day_before(self, day: date) -> date:
        """The last working day before ``day``."""
        day -= ONE_DAY
        while self.is_off(day):
            day -= ONE_DAY
        return day

    def nth_working_day_before(self, day: date, count: int) -> date:
        """``count`` working days before ``day``: the day before is the first if it is worked."""
        known = self._before.get((day, count))
        if known is None:
            known = day
            for _ in range(count):
                known = self.working_day_before(known)
            self._before[day, count] = known
        return known

    def nth_working_day_after(self, day: date, count: int) -> date:
        """``count`` working days after ``day``: the day after is the first if it is worked."""
        for _ in range(count):
            day += ONE_DAY
            while self.is_off(day):
                day += ONE_DAY
        return day

    def working_days_left(self, today: date, due: date) -> int:
        """Working days from ``today`` to ``due``, negative once it is past. The later of
        the two always counts, so only the due day itself is "today"."""
        known = self._left.get((today, due))
        if known is None:
            sign, start, end = (1, today, due) if today <= due else (-1, due, today)
            count, day = 0, start + ONE_DAY
            while day <= end:
                count += day == end or not self.is_off(day)
                day += ONE_DAY
            known = self._left[today, due] = sign * count
        return known


@cache
def workdays_for(days_off: tuple[date, ...], working_days: tuple[date, ...]) -> Workdays:
    return Workdays(days_off, working_days)


def workdays(plan: Plan) -> Workdays:
    """The plan's working days (one shared, caching object per plan's swaps)."""
    return workdays_for(plan.days_off, plan.working_days)


def counts_working_days(plan: Plan) -> bool:
    return plan.count_days is CountDays.WORKING


def days_ahead(plan: Plan, day: date, count: int) -> date:
    """The last day that is still ``count`` days before ``day`` ("thông báo trước 10 ngày"):
    calendar days, or the ``count``-th working day before it."""
    if counts_working_days(plan):
        return workdays(plan).nth_working_day_before(day, count)
    return day - timedelta(days=count)


def days_after(plan: Plan, day: date, count: int) -> date:
    """The day ``count`` days after ``day`` ("báo cáo khắc phục trong 15 ngày"): calendar
    days, or the ``count``-th working day after it."""
    if counts_working_days(plan):
        return workdays(plan).nth_working_day_after(day, count)
    return day + timedelta(days=count)


def last_day_before(plan: Plan, day: date) -> date:
    """The last day that is "before ``day``" ("gửi trước ngày 15/10/2023"): the day before,
    moved to the working day before it when it is a day off and the plan counts working days."""
    if counts_working_days(plan):
        return workdays(plan).working_day_before(day)
    return day - ONE_DAY


def days_left(plan: Plan, today: date, due: date) -> int:
    """Days from ``today`` to ``due`` as the plan counts them; negative once it is past."""
    if counts_working_days(plan):
        return workdays(plan).working_days_left(today, due)
    return (due - today).days


def send_by(plan: Plan, due: date) -> date | None:
    """The working day before a due date that falls on a day off, when something must
    reach the office by then; None when the due day is worked."""
    days = workdays(plan)
    return days.working_day_before(due) if days.is_off(due) else None
