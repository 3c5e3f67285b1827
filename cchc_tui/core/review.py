"""What a plan carried over from another (``new-plan``) has yet to have checked, and the
plans of a file as a list says them.

Light on purpose: the plan pane, the report and the history say these, and none of them
should load what reads plan files."""

from __future__ import annotations

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan
from cchc_tui.core.text import one_line

# What a plan started from another may list as still to review (``Plan.review``).
REVIEW_PARTS = (
    "title",
    "based_on",
    "period",
    "window",
    "window_days",
    "self_report_before",
    "days_off",
    "checklists",
    "report",
)


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
        items = sum(len(items) for items in plan.checklists.values())
        return t("review.checklists_count", lang, items=items, kinds=len(plan.checklists))
    if part == "report":
        return t("review.report_parts", lang)
    return one_line(str(getattr(plan, part)))
