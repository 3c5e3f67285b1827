"""The figures the summary report and the TUI's panes share: each unit's row, the progress
per step, and the plan's header as issued. The report itself is ``core.report``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from msgspec import Struct

from cchc_tui.core.dates import format_date
from cchc_tui.core.deadlines import (
    Deadline,
    StepStatus,
    next_deadline,
    next_step,
    stage,
    step_statuses,
)
from cchc_tui.core.i18n import Lang, kind_word, mode_word, stage_word, t
from cchc_tui.core.model import Mode, Plan, Stage, Step, Unit
from cchc_tui.core.text import one_line


class UnitRow(Struct, frozen=True):
    """One unit as the summary and the units pane show it."""

    unit: Unit
    stage: Stage
    next_step: Step | None
    deadline: Deadline | None
    statuses: tuple[StepStatus, ...]  # each step: due, done, late (the report says how late)

    @property
    def late(self) -> tuple[Step, ...]:
        """The steps done late."""
        return tuple(status.step for status in self.statuses if status.late)


class Progress(Struct, frozen=True):
    label: str  # i18n key
    done: int
    total: int


def unit_row(plan: Plan, unit: Unit, today: date) -> UnitRow:
    return UnitRow(
        unit,
        stage(unit),
        next_step(unit),
        next_deadline(plan, unit, today),
        tuple(step_statuses(plan, unit)),
    )


def unit_words(
    plan: Plan, unit: Unit, lang: Lang, unit_stage: Stage | None = None
) -> dict[str, str]:
    """A unit as a listing shows it, by column: "name", "kind", "mode" (short), "date" (of
    the inspection) and "stage" (worked out unless given); literal text, one line each."""
    return {
        "name": one_line(unit.display_name),
        "kind": kind_word(plan, unit.kind, lang),
        "mode": mode_word(unit.mode, lang, short=True),
        "date": format_date(unit.inspection_date),
        "stage": stage_word(stage(unit) if unit_stage is None else unit_stage, lang),
    }


def progress(units: Sequence[Unit]) -> tuple[Progress, ...]:
    """Done/total per step, e.g. "Đã kiểm tra 3/10", "Báo cáo tự kiểm tra 5/18"."""
    direct = [u for u in units if u.mode is Mode.DIRECT]
    self_units = [u for u in units if u.mode is Mode.SELF]

    def count(group: list[Unit], done: Callable[[Unit], object]) -> int:
        return sum(1 for unit in group if done(unit))

    return (
        Progress("progress.scheduled", count(direct, lambda u: u.inspection_date), len(direct)),
        Progress("progress.notified", count(direct, lambda u: u.notified_on), len(direct)),
        Progress("progress.direct_report", count(direct, lambda u: u.report_on), len(direct)),
        Progress("progress.inspected", count(direct, lambda u: u.inspected_on), len(direct)),
        Progress("progress.self_report", count(self_units, lambda u: u.report_on), len(self_units)),
        Progress("progress.concluded", count(list(units), lambda u: u.concluded_on), len(units)),
    )


def plan_header_lines(plan: Plan, lang: Lang) -> list[str]:
    """The plan as issued, a line each: issuer and date, title, the plans it carries out
    ("Thực hiện Kế hoạch số 3776…; Kế hoạch số 111…", as the seed words it), period,
    window, deadlines, where reports go. The report and the TUI's plan pane both show it."""
    carried_out = "; ".join(one_line(item) for item in plan.based_on)
    return [
        t("plan.issued", lang, date=format_date(plan.issued_on), issuer=one_line(plan.issuer)),
        one_line(plan.title),
        *([f"{t('plan.based_on', lang)} {carried_out}"] if carried_out else []),
        f"{t('plan.period', lang)}: {one_line(plan.period)}",
        f"{t('plan.window', lang)}: {one_line(plan.window)}",
        f"{t('plan.self_due', lang)}: "
        + t("plan.self_due_value", lang, date=format_date(plan.self_report_before)),
        t("plan.leads", lang, notify=plan.notify_lead_days, report=plan.report_lead_days),
        f"{t('plan.receiver', lang)}: {one_line(plan.receiver)}",
    ]
