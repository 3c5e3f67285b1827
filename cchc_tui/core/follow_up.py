"""After the conclusion: the shortcomings it names ("tồn tại, hạn chế") and the day by which
the unit must report its fixes ("báo cáo khắc phục"), given with the conclusion or taken
from the plan's ``follow_up_days`` for a unit criticised.

Once a deadline is set, the remediation report is one more step of the unit
(``Step.FIXED``): it has a countdown, an agenda line and a calendar mark like the others,
is recorded with ``mark UNIT fixed``, and the unit is then "Đã khắc phục".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.errors import AlreadySo, RuleError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Conclusion, Plan, Unit
from cchc_tui.core.text import one_line, required_line
from cchc_tui.core.workdays import days_after
from cchc_tui.core.workflow import Change, Edit, conclude

ISSUE_LIMIT = 2_000


def default_fix_by(plan: Plan, conclusion: Conclusion, concluded_on: date) -> date | None:
    """The plan's deadline for a unit criticised: ``follow_up_days`` after the conclusion,
    counted as the plan counts days; None when the plan sets none (the seed sets none)."""
    if conclusion is not Conclusion.CRITICISE or plan.follow_up_days is None:
        return None
    return days_after(plan, concluded_on, plan.follow_up_days)


def conclude_with_follow_up(
    plan: Plan,
    unit: Unit,
    conclusion: Conclusion,
    today: date,
    *,
    fix_by: date | None = None,
    issues: Sequence[str] | None = None,
) -> Change:
    """Record the conclusion with the shortcomings it names and the day to fix them by, in
    one change; the plan's default deadline applies to a unit first criticised."""
    edits: list[Edit] = []
    try:
        edits.extend(conclude(unit, conclusion, today).edits)
    except RuleError as refusal:
        asked = fix_by is not None or issues is not None
        if not isinstance(refusal, AlreadySo) or not asked:
            raise
    concluded_on = unit.concluded_on or today
    if fix_by is None and unit.fix_by is None:
        fix_by = default_fix_by(plan, conclusion, concluded_on)
    edits.extend(_follow_up_edits(unit, concluded_on, fix_by, issues))
    if not edits:
        raise AlreadySo("rule.same_value", unit=unit.display_name)
    args = {"conclusion": str(conclusion), "fix_by": to_iso(fix_by or unit.fix_by)}
    return Change(unit.key, "conclude", tuple(edits), args)


def set_follow_up(unit: Unit, fix_by: date | None, issues: Sequence[str] | None = None) -> Change:
    """Set (or move) the deadline for fixes and the shortcomings of a unit concluded."""
    if unit.concluded_on is None:
        raise RuleError("rule.follow_up_needs_conclusion", unit=unit.display_name)
    edits = _follow_up_edits(unit, unit.concluded_on, fix_by, issues)
    if not edits:
        raise AlreadySo("rule.same_value", unit=unit.display_name)
    return Change(unit.key, "follow_up", tuple(edits), {"fix_by": to_iso(fix_by)})


def _follow_up_edits(
    unit: Unit, concluded_on: date, fix_by: date | None, issues: Sequence[str] | None
) -> list[Edit]:
    name = unit.display_name
    edits = []
    wanted = clean_issues(issues) if issues is not None else unit.issues
    changes = (fix_by is not None and fix_by != unit.fix_by) or wanted != unit.issues
    if changes and unit.fixed_on is not None:
        raise RuleError("rule.already_fixed", unit=name, date=format_date(unit.fixed_on))
    if fix_by is not None and fix_by != unit.fix_by:
        if fix_by < concluded_on:
            raise RuleError(
                "rule.fix_before_conclusion",
                unit=name,
                date=format_date(fix_by),
                concluded=format_date(concluded_on),
            )
        edits.append(Edit("fix_by", to_iso(unit.fix_by), to_iso(fix_by)))
    if wanted != unit.issues:
        edits.append(Edit("issues", list(unit.issues) or None, list(wanted) or None))
    return edits


def clean_issues(issues: Sequence[str]) -> tuple[str, ...]:
    """Each shortcoming on one line, blank ones refused, the same one kept once."""
    cleaned = (required_line(issue, "issue_empty", ISSUE_LIMIT) for issue in issues)
    return tuple(dict.fromkeys(cleaned))


def split_issues(typed: str) -> list[str]:
    """Shortcomings typed on one line, separated by ";" (the TUI's field)."""
    return [part for part in (one_line(piece) for piece in typed.split(";")) if part]


def follow_up_text(unit: Unit, lang: Lang) -> str:
    """ "tồn tại, hạn chế: …; hạn báo cáo khắc phục 20/10/2023" or "đã báo cáo khắc phục
    18/10/2023"; "" when the conclusion asks for nothing."""
    parts = []
    if unit.issues:
        parts.append(t("follow_up.issues", lang, issues="; ".join(unit.issues)))
    if unit.fixed_on is not None:
        parts.append(t("follow_up.done", lang, date=format_date(unit.fixed_on)))
    elif unit.fix_by is not None:
        parts.append(t("follow_up.due", lang, date=format_date(unit.fix_by)))
    return "; ".join(parts)
