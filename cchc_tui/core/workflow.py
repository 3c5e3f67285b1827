"""The workflow rules: what a change edits, and which changes the order of steps allows.

Which step comes next and when it is due is ``core.deadlines``'s. The functions that
change a unit return ``Change`` values (field, old, new) and never touch a file: the store
checks the old values against the file and writes the new.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from msgspec import Struct, field

from cchc_tui.core.codec_cycle import item_to_dict
from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.deadlines import steps_of
from cchc_tui.core.errors import AlreadySo, RuleError, UserError
from cchc_tui.core.model import (
    STEP_FIELDS,
    ChecklistItem,
    Conclusion,
    Evidence,
    ItemResult,
    Mode,
    Plan,
    Step,
    Unit,
    Verdict,
)
from cchc_tui.core.text import clean_text, fold, one_line
from cchc_tui.core.workdays import days_ahead, workdays

NOTE_LIMIT = 20_000


class Edit(Struct, frozen=True):
    """One stored field of a unit: its value as the person saw it and the value wanted."""

    field: str
    old: Any
    new: Any


class Change(Struct, frozen=True):
    """What one command does to one unit (or, when ``unit`` is None, to the plan's own
    records: its team, its procedure results), as recorded in the history."""

    unit: str | None
    action: str
    edits: tuple[Edit, ...]
    args: Mapping[str, Any] = field(default_factory=dict)


# --- changes -------------------------------------------------------------------------


def check_not_future(on: date, today: date) -> None:
    if on > today:
        raise RuleError("rule.in_future", date=format_date(on), today=format_date(today))


def check_after_issue(plan: Plan, on: date) -> None:
    if on < plan.issued_on:
        raise RuleError(
            "rule.date_before_issue", date=format_date(on), issued=format_date(plan.issued_on)
        )


def _check_not_before(name: str, on: date, needed: Step, needed_on: date) -> None:
    if on < needed_on:
        raise RuleError(
            "rule.before_previous",
            unit=name,
            date=format_date(on),
            needed=needed,
            previous=format_date(needed_on),
        )


def schedule(plan: Plan, unit: Unit, day: date) -> Change:
    """Set (or move) the inspection date of a direct unit."""
    name = unit.display_name
    if unit.mode is Mode.SELF:
        raise RuleError("rule.self_no_schedule", unit=name)
    if unit.inspected_on is not None:
        raise RuleError("rule.already_inspected", unit=name, date=format_date(unit.inspected_on))
    check_after_issue(plan, day)
    if unit.notified_on and day < unit.notified_on:
        raise RuleError(
            "rule.reschedule_before_notice",
            unit=name,
            date=format_date(day),
            notified=format_date(unit.notified_on),
        )
    # The report received would then postdate the inspection it was sent for.
    if unit.report_on and day < unit.report_on:
        raise RuleError(
            "rule.after_inspection",
            unit=name,
            date=format_date(unit.report_on),
            inspection=format_date(day),
        )
    if unit.inspection_date == day:
        raise AlreadySo("rule.same_value", unit=name)
    edit = Edit("inspection_date", to_iso(unit.inspection_date), to_iso(day))
    return Change(unit.key, "schedule", (edit,), {"date": to_iso(day)})


class ScheduleWarning(Struct, frozen=True):
    """What a planner should know before choosing an inspection day; never a refusal.

    ``kind`` is one of ``notified_passed`` and ``report_passed`` (``day`` is that deadline),
    ``outside_window``, ``day_off`` (``day`` is the day chosen) and ``same_day`` (``names``
    are the units already inspected that day)."""

    kind: str
    day: date
    names: tuple[str, ...] = ()


def schedule_warnings(
    plan: Plan, units: Iterable[Unit], unit: Unit, day: date, today: date
) -> list[ScheduleWarning]:
    """Why inspecting ``unit`` on ``day`` may be a mistake, seen from ``today``."""
    warnings = []
    for step, lead, done in (
        (Step.NOTIFIED, plan.notify_lead_days, unit.notified_on),
        (Step.REPORT, plan.report_lead_days, unit.report_on),
    ):
        if done is None and (due := days_ahead(plan, day, lead)) < today:
            warnings.append(ScheduleWarning(f"{step}_passed", due))
    start, end = plan.window_start, plan.window_end
    if (start and day < start) or (end and day > end):
        warnings.append(ScheduleWarning("outside_window", day))
    if workdays(plan).is_off(day):
        warnings.append(ScheduleWarning("day_off", day))
    same_day = tuple(
        one_line(other.display_name)
        for other in units
        if other.key != unit.key and other.inspection_day == day
    )
    if same_day:
        warnings.append(ScheduleWarning("same_day", day, same_day))
    return warnings


_MARKABLE = (Step.NOTIFIED, Step.REPORT, Step.INSPECTED, Step.FIXED)


REF_LIMIT = 200


def mark(
    plan: Plan,
    unit: Unit,
    step: Step,
    on: date,
    today: date,
    *,
    sent: date | None = None,
    ref: str = "",
) -> Change:
    """Record that ``step`` was done on ``on``; refuse steps out of order or impossible dates.

    A report may also carry the day the unit sent it (``sent``, on or before the day it
    arrived) and its document number (``ref``)."""
    name = unit.display_name
    ref = one_line(ref, REF_LIMIT)
    if (sent is not None or ref) and step is not Step.REPORT:
        raise UserError("sent_only_report")
    if step not in _MARKABLE:
        raise UserError(
            "choice_unknown", value=step, what="step", choices="notified, report, inspected"
        )
    if step is Step.FIXED and unit.fix_by is None:
        raise RuleError("rule.no_follow_up", unit=name)
    if step not in steps_of(unit):
        raise RuleError("rule.self_step", unit=name)
    done = unit.done_on(step)
    if done is not None:
        raise RuleError("rule.already_done", unit=name, step=step, date=format_date(done))
    check_not_future(on, today)
    check_after_issue(plan, on)
    order = steps_of(unit)
    for previous in order[: order.index(step)]:
        previous_on = unit.done_on(previous)
        if previous_on is None:
            raise RuleError("rule.needs_step", unit=name, needed=previous, step=step)
        if previous is not Step.SCHEDULE:
            _check_not_before(name, on, previous, previous_on)
    inspection = unit.inspection_date
    if step in (Step.NOTIFIED, Step.REPORT) and inspection and on > inspection:
        raise RuleError(
            "rule.after_inspection",
            unit=name,
            date=format_date(on),
            inspection=format_date(inspection),
        )
    edits = [Edit(STEP_FIELDS[step], None, to_iso(on))]
    args: dict[str, Any] = {"step": str(step), "date": to_iso(on)}
    if sent is not None and sent != on:
        check_after_issue(plan, sent)
        if sent > on:
            raise RuleError(
                "rule.sent_after_received", unit=name, sent=format_date(sent), on=format_date(on)
            )
        edits.append(Edit("report_sent_on", None, to_iso(sent)))
        args["sent"] = to_iso(sent)
    if ref:
        edits.append(Edit("report_ref", None, ref))
        args["ref"] = ref
    return Change(unit.key, "mark", tuple(edits), args)


def conclude(unit: Unit, conclusion: Conclusion, today: date) -> Change:
    """Record the conclusion; direct units must be inspected, self units must have reported."""
    name = unit.display_name
    needed = Step.INSPECTED if unit.mode is Mode.DIRECT else Step.REPORT
    needed_on = unit.done_on(needed)
    if needed_on is None:
        raise RuleError("rule.needs_step", unit=name, needed=needed, step=Step.CONCLUDED)
    # A clock (or --today) set earlier than the inspection would date the conclusion before it.
    if unit.concluded_on is None:
        _check_not_before(name, today, needed, needed_on)
    if unit.conclusion is conclusion:
        raise AlreadySo("rule.same_value", unit=name)
    edits = [Edit("conclusion", _value(unit.conclusion), str(conclusion))]
    if unit.concluded_on is None:
        edits.append(Edit("concluded_on", None, to_iso(today)))
    return Change(unit.key, "conclude", tuple(edits), {"conclusion": str(conclusion)})


def find_item(plan: Plan, unit: Unit, query: str) -> ChecklistItem:
    """A checklist item by its number (1-based), its id, or the start of its text."""
    items = plan.checklist_for(unit.kind)
    wanted = query.strip()
    if wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= len(items):
        return items[int(wanted) - 1]
    folded = fold(wanted)
    for matcher in (
        lambda item: item.id == wanted or fold(item.id) == folded,
        lambda item: fold(item.text).startswith(folded),
        lambda item: folded in fold(item.text),
    ):
        found = [item for item in items if matcher(item)] if folded else []
        if len(found) == 1:
            return found[0]
    listing = "; ".join(f"{n}. {item.text}" for n, item in enumerate(items, 1))
    raise UserError("item_unknown", unit=unit.display_name, query=wanted, items=listing)


def set_item(
    plan: Plan,
    unit: Unit,
    item: ChecklistItem,
    verdict: Verdict | None,
    note: str | None = None,
    *,
    evidence: tuple[Evidence, ...] | None = None,
    missing: str | None = None,
) -> Change:
    """Set a checklist item's verdict, and its note, its evidence (the whole list) and the
    reason evidence is missing when given (``core.evidence`` builds the list)."""
    current = unit.items.get(item.id, ItemResult())
    new_note = current.note if note is None else _clean_note(note, allow_empty=True)
    new_evidence = current.evidence if evidence is None else evidence
    new_missing = current.missing if missing is None else _clean_note(missing, allow_empty=True)
    if evidence and missing is None:
        new_missing = ""  # the documents were found after all
    if new_evidence and new_missing:
        raise UserError("evidence_both")
    new = ItemResult(verdict, new_note, new_evidence, new_missing)
    if new == current:
        raise AlreadySo("rule.same_value", unit=unit.display_name)
    edit = Edit(f"items.{item.id}", _item_json(unit.items.get(item.id)), _item_json(new))
    return Change(unit.key, "item", (edit,), {"item": item.id, "verdict": _value(verdict)})


def add_note(unit: Unit, text: str, by: str, at: datetime, nonce: str) -> Change:
    """Append a free note; notes are keyed by time and author so concurrent notes both land.
    Two sessions of one shared login may add notes in the same microsecond: the caller
    passes a random ``nonce`` (``secrets.token_hex(4)``) to tell them apart."""
    cleaned = _clean_note(text, allow_empty=False)
    stamp = at.isoformat(timespec="microseconds")
    note_id = f"{stamp}~{by}~{nonce}"
    edit = Edit(f"notes.{note_id}", None, {"text": cleaned, "by": by, "at": stamp})
    return Change(unit.key, "note", (edit,), {"text": cleaned[:200]})


def _clean_note(text: str, *, allow_empty: bool) -> str:
    cleaned = clean_text(text).strip()
    if not cleaned and not allow_empty:
        raise UserError("note_empty")
    if len(cleaned) > NOTE_LIMIT:
        raise UserError("note_too_long", length=len(cleaned), limit=NOTE_LIMIT)
    return cleaned


def _value(code: Conclusion | Verdict | None) -> str | None:
    return str(code) if code is not None else None


def _item_json(result: ItemResult | None) -> dict[str, Any] | None:
    return None if result is None else item_to_dict(result)


def progress_problem(unit: Unit) -> tuple[str, str | None] | None:
    """The first field that makes the unit's progress a state the workflow cannot reach
    (steps skipped, dates out of order, a conclusion without its date), with what it
    should be; None when the progress is sound. Hand-edited plan files and undo check it."""
    steps = steps_of(unit)
    if problem := _follow_up_problem(unit):
        return problem
    if any(unit.done_on(step) is not None for step in set(Step) - set(steps)):
        return "mode", str(Mode.DIRECT)
    reached = max((n for n, step in enumerate(steps) if unit.done_on(step)), default=0)
    for step in steps[:reached]:
        if unit.done_on(step) is None:
            return STEP_FIELDS[step], None
    for before, after in pairwise(steps[: reached + 1]):
        before_on, after_on = unit.done_on(before), unit.done_on(after)
        if before is not Step.SCHEDULE and before_on and after_on and after_on < before_on:
            return STEP_FIELDS[after], f"≥ {STEP_FIELDS[before]}"
    for step in (Step.NOTIFIED, Step.REPORT):
        done_on = unit.done_on(step)
        if done_on and unit.inspection_date and done_on > unit.inspection_date:
            return STEP_FIELDS[step], f"≤ {STEP_FIELDS[Step.SCHEDULE]}"
    if (unit.conclusion is None) != (unit.concluded_on is None):
        return ("conclusion" if unit.conclusion is None else "concluded_on"), None
    sent = unit.report_sent_on
    if sent is not None and (unit.report_on is None or sent > unit.report_on):
        return "report_sent_on", "≤ report_on"
    return None


def _follow_up_problem(unit: Unit) -> tuple[str, str | None] | None:
    """Fixes asked for without a conclusion, due before it, or reported without a request
    or before the conclusion."""
    concluded = unit.concluded_on
    if unit.fixed_on is not None and unit.fix_by is None:
        return "fixed_on", None
    if unit.fix_by is not None and concluded is None:
        return "fix_by", None
    for name in ("fix_by", "fixed_on"):
        day = getattr(unit, name)
        if day is not None and concluded is not None and day < concluded:
            return name, "≥ concluded_on"
    return None
