"""Next year's plan from this one.

``next_plan`` keeps the units, their kinds and the checklists, drops every step taken,
and moves the plan's own dates by the years between the two plans; texts that name the
old plan's year name the new one. None of that is the new plan's word until a person has
read it: each part carried over is listed in ``Plan.review`` and shown (``core.review``)
until someone confirms it (``cchc-tui plan-review --confirm``). Only ``new-plan`` needs
this module (it reads and writes plan files).
"""

from __future__ import annotations

import re
from datetime import date

from msgspec.structs import replace

from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import t
from cchc_tui.core.model import LetterSettings, Note, Plan, Unit
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.text import one_line


def next_plan(
    old: Plan, units: tuple[Unit, ...], number: str, issued: date, year: int | None
) -> PlanFile:
    """The plan ``number``, issued on ``issued`` for ``year`` (default: the year it is
    issued), started from ``old`` and its units."""
    new_year = year or issued.year
    years = new_year - old.plan_year
    if years < 0:
        raise UserError("new_plan_earlier", plan=old.number, year=old.plan_year, new=new_year)
    if not one_line(number) or one_line(number) != number.strip():
        raise UserError("new_plan_number", number=one_line(number))

    def moved(day: date) -> date:
        try:
            return day.replace(year=day.year + years)
        except ValueError:  # 29 February in a year without one
            return day.replace(year=day.year + years, day=28)

    def renamed(text: str) -> str:
        return re.sub(rf"\b{old.plan_year}\b", str(new_year), text)

    start, end = old.window_start, old.window_end
    window = (moved(start), moved(end)) if start and end else (None, None)
    if window[0] is not None and window[0] < issued:  # the window would open before the plan
        window = (None, None)
    plan = replace(
        old,
        number=number.strip(),
        title=renamed(old.title),
        issued_on=issued,
        period=renamed(old.period),
        window=renamed(old.window),
        window_start=window[0],
        window_end=window[1],
        self_report_before=moved(old.self_report_before),
        days_off=(),
        working_days=(),
        checklists={
            kind: tuple(replace(item, text=renamed(item.text)) for item in items)
            for kind, items in old.checklists.items()
        },
        year=new_year if new_year != issued.year else None,
        carried_from=old.number,
        review=_parts_to_review(old),
    )
    return PlanFile(plan, tuple(_fresh_unit(old, unit, issued) for unit in units))


def _parts_to_review(old: Plan) -> tuple[str, ...]:
    """What someone must check in a plan started from ``old``: what changes every year."""
    return (
        "title",
        *(["based_on"] if old.based_on else []),
        "period",
        "window",
        *(["window_days"] if old.window_start or old.window_end else []),
        "self_report_before",
        # the government announces each year's swapped days anew: none is carried over
        *(["days_off"] if old.days_off or old.working_days else []),
        "checklists",
        *(["report"] if old.letter != LetterSettings() else []),
    )


def _fresh_unit(old: Plan, unit: Unit, issued: date) -> Unit:
    """``unit`` as it starts the next plan: who it is and its open follow-ups, no progress."""
    return Unit(
        key=unit.key,
        name=unit.name,
        kind=unit.kind,
        mode=unit.mode,
        in_seed=unit.in_seed,
        title=unit.title,
        notes=carried_notes(old, unit, issued),
    )


def carried_notes(old: Plan, unit: Unit, issued: date) -> tuple[Note, ...]:
    """A follow-up still open when ``old`` ends (fixes its conclusion asked for, their
    report not in yet), said as a note of the next plan so that nobody loses it. Written in
    the plan's language, dated the day the new plan is issued."""
    if unit.concluded_on is None or unit.fixed_on is not None:
        return ()
    if not unit.issues and unit.fix_by is None:
        return ()
    text = t(
        "next_plan.open_follow_up",
        "vi",
        plan=one_line(old.number),
        due=format_date(unit.fix_by, "…"),
        issues="; ".join(one_line(issue) for issue in unit.issues) or "…",
    )
    at = issued.isoformat()
    return (Note(f"{at}~{old.number}", text, old.number, at),)
