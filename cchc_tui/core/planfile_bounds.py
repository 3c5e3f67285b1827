"""The bounds of every value of a plan file, checked before anything is read from it.

A plan file comes from outside (a colleague, another office, a script), and TOML takes
any size of number, date, text or list. Past these bounds a value is a typo or an
attack, and it would break later, far from its line: a date in year 9999 plus the
notice days overflows the calendar, a count past 64 bits cannot be saved, a text of a
million characters fills the screen. Each is refused with its line and the range.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from cchc_tui.core.codec_plan import PLAN_NUMBERS
from cchc_tui.core.dates import EARLIEST, LATEST, format_date
from cchc_tui.core.model import TTHC_COUNTS
from cchc_tui.core.planfile_check import Locator
from cchc_tui.core.tthc import COUNT_LIMIT
from cchc_tui.core.workflow import NOTE_LIMIT

NUMBERS: Mapping[str, tuple[int, int]] = {
    **PLAN_NUMBERS,
    **{name: (0, COUNT_LIMIT) for name in TTHC_COUNTS},
}
# Texts of several lines (a note, a checklist item, why evidence is missing) may be as
# long as a note typed in the app; every other text is one line: a name, a number, a
# reference, a shortcoming (the longest the app takes is 2,000 characters).
LONG_TEXTS = frozenset({"text", "note", "missing"})
TEXT_LIMIT = 2_000
# Ten times a plan of every commune in the country; any other list or table (notes of
# one unit, days off, checklist items, team members) far fewer.
UNITS_LIMIT = 100_000
LIST_LIMIT = 10_000


def check_bounds(raw: Mapping[str, Any], locate: Locator) -> None:
    """Refuse the first value of ``raw`` out of bounds, with its line and the range.

    One pass over every value of the file, in file order, in a loop (not recursion,
    however deep the file nests); a value's path is spelled out only for the one refused,
    which keeps the pass at a fraction of TOML's own reading at 10,000 units."""
    stack: list[tuple[Any, str, _Link]] = [(raw, "", None)]
    pop, push = stack.pop, stack.append
    while stack:
        value, name, link = pop()
        kind = type(value)
        if kind is str:
            problem = _too_long(value, NOTE_LIMIT if name in LONG_TEXTS else TEXT_LIMIT)
        elif kind is dict:
            problem = _too_many(value, LIST_LIMIT)
            for key in reversed(value):
                if len(key) > TEXT_LIMIT:
                    problem = problem or _too_long(key, TEXT_LIMIT)
                push((value[key], key, (link, key)))
        elif kind is list:
            problem = _too_many(value, UNITS_LIMIT if link == (None, "units") else LIST_LIMIT)
            for index in reversed(range(len(value))):
                push((value[index], name, (link, index)))
        elif kind is int and name in NUMBERS:
            least, most = NUMBERS[name]
            problem = None if least <= value <= most else _range(least, most)
        elif kind is date or kind is datetime:
            day = value.date() if kind is datetime else value
            inside = EARLIEST <= day <= LATEST
            problem = None if inside else _range(format_date(EARLIEST), format_date(LATEST))
        else:
            problem = None
        if problem is not None:
            where, field, line = _place(_path(link), locate)
            raise locate.error(where, field, problem, line)


# A value's place: its parent's place and its key or index (a path built only when needed).
_Link = tuple[Any, str | int] | None


def _path(link: _Link) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while link is not None:
        link, part = link
        parts.append(part)
    return tuple(reversed(parts))


def _too_long(text: str, limit: int) -> tuple[Any, ...] | None:
    return None if len(text) <= limit else ("too_long", ("length", len(text)), ("limit", limit))


def _too_many(values: list[Any] | dict[str, Any], limit: int) -> tuple[Any, ...] | None:
    return None if len(values) <= limit else ("too_many", ("count", len(values)), ("limit", limit))


def _range(least: object, most: object) -> tuple[Any, ...]:
    return ("range", ("least", least), ("most", most))


def _place(path: tuple[str | int, ...], locate: Locator) -> tuple[str, str, int]:
    """Where a value is, as the other plan file errors say it: the table, the field and
    the line of its table's key."""
    if len(path) <= 1:
        name = str(path[0]) if path else "—"
        return "—", name, locate.line(name)
    head, second, *rest = path
    table, occurrence, where = str(head), 0, f"[{head}]"
    if head in ("units", "tthc") and isinstance(second, int):
        occurrence, where = second, f"[[{head}]] #{second + 1}"
    elif head == "checklists" or (head == "team" and second == "members"):
        table = f"{head}.{second}"
        occurrence = rest[0] if rest and isinstance(rest[0], int) else 0
        where = f"[[{table}]] #{occurrence + 1}"
        rest = rest[1:] if rest and isinstance(rest[0], int) else rest
    elif head == "kinds":
        table = f"kinds.{second}"
        where = f"[{table}]"
    else:
        rest = [second, *rest]
    names = [part for part in rest if isinstance(part, str)]
    field = ".".join(names) or table
    return where, field, locate.line(table, occurrence, names[0] if names else None)
