"""Checking a plan file as its author wrote it: the line of a table or key for error
messages, the keys each table may hold, and the plan's days (how it counts, its days
off and make-up working days, its window).

A key no table declares is refused by name: ignored, a typo such as ``count_day =
"working"`` would leave every deadline silently wrong. A new key is one line in
``KNOWN_KEYS``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from cchc_tui.core.codec_plan import LETTER_LISTS, LETTER_TEXTS
from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import CountDays, Plan
from cchc_tui.core.workdays import Workdays

# The keys of each table; "*" stands for any name (a kind of unit, a checklist item id).
KNOWN_KEYS: Mapping[str, frozenset[str]] = {
    "": frozenset({"plan", "kinds", "checklists", "units", "report", "team", "tthc"}),
    "kinds.*": frozenset({"name", "name_en", "words"}),
    "team": frozenset({"decision", "decision_on", "members"}),
    "team.members": frozenset({"name", "role", "office", "units"}),
    "tthc": frozenset({"period", "received", "on_time", "late", "pending", "online", "on"}),
    "report": frozenset({*LETTER_LISTS, *LETTER_TEXTS}),
    "plan": frozenset(
        {
            "number",
            "title",
            "issuer",
            "issued_on",
            "based_on",
            "period",
            "window",
            "window_start",
            "window_end",
            "self_report_before",
            "notify_lead_days",
            "report_lead_days",
            "receiver",
            "count_days",
            "days_off",
            "working_days",
            "follow_up_days",
            "year",
            "carried_from",
            "review",
        }
    ),
    "checklists.*": frozenset({"id", "text", "source"}),
    "units": frozenset(
        {
            "name",
            "title",
            "key",
            "kind",
            "mode",
            "in_seed",
            "inspection_date",
            "notified_on",
            "report_on",
            "report_sent_on",
            "report_ref",
            "inspected_on",
            "concluded_on",
            "conclusion",
            "items",
            "notes",
            "issues",
            "fix_by",
            "fixed_on",
            "tthc",
        }
    ),
    "units.items.*": frozenset({"verdict", "note", "evidence", "missing"}),
    "units.notes": frozenset({"text", "by", "at"}),
}
DAY_LISTS = ("days_off", "working_days")


class Locator:
    """Finds the line of a table or key in the source text, for error messages."""

    def __init__(self, text: str, path: str) -> None:
        self.lines = text.splitlines()
        self.path = path

    def line(self, table: str, occurrence: int = 0, key: str | None = None) -> int:
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*(#.*)?$")
        seen = -1
        start = 0
        for number, line in enumerate(self.lines):
            if header.match(line):
                seen += 1
                if seen == occurrence:
                    start = number
                    break
        if key:
            key_line = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(start, len(self.lines)):
                if number > start and self.lines[number].lstrip().startswith("["):
                    break
                if key_line.match(self.lines[number]):
                    return number + 1
        return start + 1

    def error(self, where: str, field: str, problem: tuple[Any, ...], line: int) -> UserError:
        return UserError(
            "plan_file_field", path=self.path, line=line, where=where, field=field, problem=problem
        )


def check_keys(raw: Mapping[str, Any], locate: Locator) -> None:
    """Refuse the first key that its table does not declare, naming it and its line."""
    _known(raw, "", "—", locate, "")
    plan = raw.get("plan")
    if isinstance(plan, dict):
        _known(plan, "plan", "[plan]", locate, "plan")
    report = raw.get("report")
    if isinstance(report, dict):
        _known(report, "report", "[report]", locate, "report")
    kinds = raw.get("kinds")
    for code, kind in kinds.items() if isinstance(kinds, dict) else ():
        if isinstance(kind, dict):
            _known(kind, "kinds.*", f"[kinds.{code}]", locate, f"kinds.{code}")
    checklists = raw.get("checklists")
    for kind, items in checklists.items() if isinstance(checklists, dict) else ():
        table = f"checklists.{kind}"
        for index, item in _tables(items):
            _known(item, "checklists.*", f"[[{table}]] #{index + 1}", locate, table, index)
    team = raw.get("team")
    if isinstance(team, dict):
        _known(team, "team", "[team]", locate, "team")
        for index, member in _tables(team.get("members")):
            where = f"[[team.members]] #{index + 1}"
            _known(member, "team.members", where, locate, "team.members", index)
    for index, figures in _tables(raw.get("tthc")):
        _known(figures, "tthc", f"[[tthc]] #{index + 1}", locate, "tthc", index)
    for index, unit in _tables(raw.get("units")):
        where = f"[[units]] #{index + 1}"
        _known(unit, "units", where, locate, "units", index)
        for _, figures in _tables(unit.get("tthc")):
            _known(figures, "tthc", f"{where} tthc", locate, "units", index, "tthc")
        items = unit.get("items")
        for item_id, result in items.items() if isinstance(items, dict) else ():
            if isinstance(result, dict):
                item_where = f"{where} items.{item_id}"
                _known(result, "units.items.*", item_where, locate, "units", index, "items")
        for _, note in _tables(unit.get("notes")):
            _known(note, "units.notes", f"{where} notes", locate, "units", index, "notes")


def _tables(value: Any) -> Iterable[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        return ()
    return ((index, item) for index, item in enumerate(value) if isinstance(item, dict))


def _known(
    table: Mapping[str, Any],
    known: str,
    where: str,
    locate: Locator,
    header: str,
    occurrence: int = 0,
    key_line: str | None = None,
) -> None:
    """Refuse the first key of ``table`` not in ``KNOWN_KEYS[known]``; its line is that of
    the key under ``header`` (or of ``key_line`` for a key inside an inline table)."""
    key = next((key for key in table if key not in KNOWN_KEYS[known]), None)
    if key is None:
        return
    close = difflib.get_close_matches(key, sorted(KNOWN_KEYS[known]), n=1)
    params = {
        "path": locate.path,
        "line": locate.line(header, occurrence, key_line or key),
        "where": where,
        "name": key,
    }
    if close:
        raise UserError("plan_file_unknown_key_hint", **params, known=close[0])
    raise UserError("plan_file_unknown_key", **params)


def plan_days(section: Mapping[str, Any], locate: Locator) -> dict[str, Any]:
    """``count_days`` and the lists of days as the codec stores them, or the line at fault."""

    def fail(name: str, expected: str) -> UserError:
        problem = ("type", ("expected", expected))
        return locate.error("[plan]", name, problem, locate.line("plan", 0, name))

    stored: dict[str, Any] = {}
    if "count_days" in section:
        count = section["count_days"]
        if not isinstance(count, str) or count not in set(CountDays):
            raise fail("count_days", " | ".join(f'"{mode}"' for mode in CountDays))
        stored["count_days"] = count
    for name in DAY_LISTS:
        days = section.get(name, [])
        if not isinstance(days, list) or not all(is_day(day) for day in days):
            raise fail(name, "[YYYY-MM-DD, …]")
        stored[name] = [day.isoformat() for day in days]
    return stored


def is_day(value: Any) -> bool:
    """A whole day, as the plan file's days are: a TOML date-time is a datetime, which is
    a date too."""
    return isinstance(value, date) and not isinstance(value, datetime)


def check_plan_days(plan: Plan, locate: Locator) -> None:
    """The window after the plan's issue and in order; a day both off and made up, or a
    make-up day that is a working day anyway (a typo), refused with its line."""

    def fail(name: str, *problem: Any) -> UserError:
        return locate.error("[plan]", name, problem, locate.line("plan", 0, name))

    issued = plan.issued_on
    for name in ("window_start", "window_end"):
        day = getattr(plan, name)
        if day is not None and day < issued:
            raise fail(name, "before_issue", ("issued", format_date(issued)))
    if plan.window_start and plan.window_end and plan.window_end < plan.window_start:
        raise fail("window_end", "window_order")
    for day in sorted(set(plan.days_off) & set(plan.working_days)):
        raise fail("working_days", "off_and_working", ("date", format_date(day)))
    without_make_up = Workdays(plan.days_off, ())
    for day in plan.working_days:
        if not without_make_up.is_off(day):
            raise fail("working_days", "not_a_day_off", ("date", format_date(day)))
