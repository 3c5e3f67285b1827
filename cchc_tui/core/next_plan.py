"""Next year's plan from this one, and what of it someone has yet to review.

``next_plan`` keeps the units, their kinds and the checklists, drops every step taken,
and moves the plan's own dates by the years between the two plans; texts that name the
old plan's year name the new one. None of that is the new plan's word until a person has
read it: each part carried over is listed in ``Plan.review`` and shown (``review_lines``)
until someone confirms it (``cchc-tui plan-review --confirm``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import ChecklistItem, LetterSettings, Note, Plan, Unit
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.planfile_check import REVIEW_PARTS
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
    review = [
        "title",
        *(["based_on"] if old.based_on else []),
        "period",
        "window",
        *(["window_days"] if start or end else []),
        "self_report_before",
        # the government announces each year's swapped days anew: none is carried over
        *(["days_off"] if old.days_off or old.working_days else []),
        "checklists",
        *(["report"] if old.letter != LetterSettings() else []),
    ]
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
        review=tuple(review),
    )
    fresh = tuple(
        Unit(
            key=unit.key,
            name=unit.name,
            kind=unit.kind,
            mode=unit.mode,
            in_seed=unit.in_seed,
            title=unit.title,
            notes=carried_notes(unit),
        )
        for unit in units
    )
    return PlanFile(plan, fresh)


def carried_notes(unit: Unit) -> tuple[Note, ...]:
    """What is still open at ``unit`` when its plan ends, said as notes in the next plan.

    Units record nothing yet that outlives a plan. Once a conclusion asks for fixes and
    their report (issue 12's follow-ups), each follow-up still open becomes a note here.
    """
    return ()


def review_lines(plan: Plan, lang: Lang) -> list[str]:
    """Each part carried over and not yet confirmed, with what it now says."""
    return [
        f"{t(f'review.{part}', lang)}: {_now_says(plan, part, lang)}"
        for part in plan.review
        if part in REVIEW_PARTS
    ]


def review_summary(plan: Plan, lang: Lang) -> str:
    """One line for a plan's header: carried over from which plan, what to review; "" when
    nothing is left to review."""
    parts = [t(f"review.{part}", lang) for part in plan.review if part in REVIEW_PARTS]
    if not parts:
        return ""
    return t("review.summary", lang, plan=one_line(plan.carried_from), parts="; ".join(parts))


def plan_facts(plan: Plan, units: int, lang: Lang) -> tuple[str, str, int, int, str]:
    """A plan as a list of plans says it: number, issue date, year, units, parts to review."""
    review = t("plans.to_review", lang, count=len(plan.review)) if plan.review else ""
    return one_line(plan.number), format_date(plan.issued_on), plan.plan_year, units, review


def _now_says(plan: Plan, part: str, lang: Lang) -> str:
    if part == "window_days":
        if plan.window_start and plan.window_end:
            return f"{format_date(plan.window_start)} – {format_date(plan.window_end)}"
        return t("review.window_dropped", lang)
    if part == "self_report_before":
        return t("plan.self_due_value", lang, date=format_date(plan.self_report_before))
    if part == "days_off":
        return t("review.days_off_dropped", lang)
    if part == "based_on":
        return "; ".join(one_line(text) for text in plan.based_on)
    if part == "checklists":
        items: list[ChecklistItem] = [i for items in plan.checklists.values() for i in items]
        return t("review.checklists_count", lang, items=len(items), kinds=len(plan.checklists))
    if part == "report":
        return t("review.report_parts", lang)
    return one_line(str(getattr(plan, part)))
