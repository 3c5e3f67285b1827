"""Reading, writing and counting days.

Dates are typed DD/MM/YYYY in Vietnam (ISO YYYY-MM-DD is accepted too) and always
shown DD/MM/YYYY. Day offsets use ``datetime.timedelta``: the workflow shifts
tens of thousands of dates per summary and ``arrow.shift`` costs ~20x more for the
same answer; ``arrow`` serves month arithmetic for the calendar, and is imported there
only: the command line never needs it (~25 ms of its start-up).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from cchc_tui.core.errors import UserError
from cchc_tui.core.text import one_line

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> date:
    """Read a date typed by a person; raise ``UserError`` with the reason otherwise."""
    cleaned = text.strip()
    if not cleaned:
        raise UserError("date_empty")
    if match := _DMY.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise UserError("date_format", text=cleaned)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise UserError("date_invalid", text=cleaned) from None
    if not EARLIEST <= parsed <= LATEST:
        raise UserError("date_range", text=cleaned, first=EARLIEST.year, last=LATEST.year)
    return parsed


def format_date(day: date | None, empty: str = "") -> str:
    return day.strftime("%d/%m/%Y") if day else empty


def to_iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# Recorded times (history entries, notes) are ISO local times with their offset, as the
# store writes them; one imported from elsewhere may be a bare day or something else.


def stamp_time(at: str) -> datetime | None:
    """The time recorded in ``at``; None when it is not one."""
    try:
        return datetime.fromisoformat(at)
    except ValueError:
        return None


def stamp_text(at: str) -> str:
    """A recorded time as people write it: "29/11/2026 19:02" (the local time it was taken)."""
    taken = stamp_time(at)
    return taken.strftime("%d/%m/%Y %H:%M") if taken else one_line(at.replace("T", " ")[:16])


def clock_text(at: str) -> str:
    """The time of day in a recorded time: "19:02" ("" when it has none)."""
    taken = stamp_time(at)
    return taken.strftime("%H:%M") if taken else ""


def month_start(day: date) -> date:
    import arrow

    return arrow.Arrow(day.year, day.month, 1).date()


def shift_months(day: date, months: int) -> date:
    """The first day of the month ``months`` away from ``day``'s month."""
    import arrow

    return arrow.Arrow(day.year, day.month, 1).shift(months=months).date()


def month_weeks(first_of_month: date) -> list[list[date | None]]:
    """The month as Monday-first weeks, ``None`` where a day belongs to another month."""
    import arrow

    start = arrow.Arrow(first_of_month.year, first_of_month.month, 1)
    weeks: list[list[date | None]] = []
    week: list[date | None] = [None] * start.weekday()
    for day in arrow.Arrow.range("day", start, start.ceil("month")):
        week.append(day.date())
        if len(week) == 7:
            weeks.append(week)
            week = []
    if week:
        weeks.append(week + [None] * (7 - len(week)))
    return weeks
