"""Each unit in the report: its row of the appendix table and the sentence that says it.

"3. Xã Hồng Khê — kiểm tra trực tiếp ngày 05/10/2023: đã thông báo lịch 25/09/2023
(đúng hạn); hạn nhận báo cáo 30/09/2023, còn 5 ngày."
"""

from __future__ import annotations

from cchc_tui.core.dates import format_date, stamp_time
from cchc_tui.core.deadlines import StepStatus
from cchc_tui.core.due_words import SENT_STEPS, countdown, due_day_text, send_by_text, sending_parts
from cchc_tui.core.evidence import unproven
from cchc_tui.core.i18n import (
    Lang,
    conclusion_word,
    mode_word,
    stage_word,
    step_word,
    t,
)
from cchc_tui.core.model import TTHC_COUNTS, Mode, Plan, Step, Team, TthcFigures, Unit
from cchc_tui.core.report.content import Cell, Column, Reach, Table
from cchc_tui.core.report.sources import unit_name, units_footnotes
from cchc_tui.core.summary import UnitRow
from cchc_tui.core.team import inspectors_text
from cchc_tui.core.text import one_line
from cchc_tui.core.tthc import Tally, latest, rate_text

# Steps whose date is worth saying with its timing (on time, or how late).
_TIMED = (Step.NOTIFIED, Step.REPORT)


def _mode_key(step: Step, unit: Unit) -> str:
    """A report is received from a unit inspected directly, sent by a self-inspecting one."""
    return f"{step}.{unit.mode}" if step is Step.REPORT else str(step)


def days_late(status: StepStatus) -> int:
    """Days past the deadline, by the day a report was sent (the seed's "gửi")."""
    judged = status.sent_on or status.done_on
    assert status.due is not None and judged is not None
    return (judged - status.due).days


def _timing(status: StepStatus, lang: Lang) -> str:
    if not status.late:
        return t("on_time", lang)
    days = days_late(status)
    return t("report.late_by_one", lang) if days == 1 else t("report.late_by", lang, n=days)


def notes_text(unit: Unit) -> str:
    """Every note of the unit in full, with the day it was written."""
    return "; ".join(_note_text(note.text, note.at) for note in unit.notes)


def _note_text(text: str, stamp: str) -> str:
    written = stamp_time(stamp)
    if written is None:  # a note imported without a time
        return one_line(text)
    return f"{one_line(text)} ({format_date(written.date())})"


def late_steps_text(statuses: tuple[StepStatus, ...], lang: Lang) -> str:
    """ "Thông báo lịch (6 ngày); Nhận báo cáo (2 ngày)": what was done late, by how much."""
    return "; ".join(
        t("report.late_step", lang, step=step_word(s.step, lang), n=days_late(s))
        for s in statuses
        if s.late
    )


def _done_text(status: StepStatus, unit: Unit, lang: Lang) -> str:
    """ "đã nhận báo cáo 02/10/2023 (gửi ngày 28/09/2023, số 12/BC-UBND, đúng hạn)";
    "đã kiểm tra 04/10/2023, dự kiến 05/10/2023"."""
    key = f"report.unit.done.{_mode_key(status.step, unit)}"
    assert status.done_on is not None
    if status.step is Step.INSPECTED:
        done = t(key, lang, date=format_date(status.done_on))
        moved = unit.inspection_date not in (None, status.done_on)
        return (
            f"{done}, {t('report.unit.planned', lang, date=format_date(unit.inspection_date))}"
            if moved
            else done
        )
    extras: list[str] = []
    day = status.done_on
    if status.step is Step.REPORT:
        sent, ref = sending_parts(unit, lang)
        if unit.mode is Mode.SELF and unit.report_sent_on is not None:
            # a self-inspecting unit's report is said by the day it was sent, as the plan words it
            day = unit.report_sent_on
            sent = t("report.received", lang, date=format_date(status.done_on))
        extras += [part for part in (sent, ref) if part]
    extras.append(_timing(status, lang))
    return f"{t(key, lang, date=format_date(day))} ({', '.join(extras)})"


def unit_sentence(plan: Plan, row: UnitRow, name: str, lang: Lang, inspectors: str) -> str:
    unit = row.unit
    mode = mode_word(unit.mode, lang).lower()
    head = (
        t("report.unit.on_day", lang, mode=mode, date=format_date(unit.inspection_date))
        if unit.inspection_date
        else mode
    )
    if inspectors:
        head += f" ({t('report.unit.inspectors', lang, names=inspectors)})"
    parts = []
    for status in row.statuses:
        if status.done_on is None or status.step not in (*_TIMED, Step.INSPECTED):
            continue
        parts.append(_done_text(status, unit, lang))
    if unit.conclusion is not None:
        conclusion = conclusion_word(unit.conclusion, lang).lower()
        parts.append(t("report.unit.concluded", lang, conclusion=conclusion))
        if unit.issues:
            parts.append(t("follow_up.issues", lang, issues="; ".join(unit.issues)))
        parts.extend(
            _done_text(status, unit, lang)
            for status in row.statuses
            if status.step is Step.FIXED and status.done_on is not None
        )
    # Once concluded, only the remediation report can still be due.
    open_step = row.next_step if unit.conclusion is None or row.next_step is Step.FIXED else None
    if open_step is Step.SCHEDULE:
        parts.append(t("report.unit.unscheduled", lang))
    elif open_step is not None and row.deadline is not None:
        step = t(f"report.unit.step.{_mode_key(row.deadline.step, unit)}", lang)
        due = due_day_text(plan, row.deadline.due, lang)
        if row.deadline.step in SENT_STEPS and (by := send_by_text(plan, row.deadline.due, lang)):
            due = f"{due} — {by}"
        left = countdown(row.deadline, lang)
        parts.append(t("report.unit.due", lang, step=step, date=due, countdown=left))
    elif open_step is Step.CONCLUDED:
        parts.append(t("report.unit.awaiting_conclusion", lang))
    sentence = f"{name} — {head}: {'; '.join(parts)}." if parts else f"{name} — {head}."
    notes = notes_text(unit)
    return f"{sentence} {t('report.unit.notes', lang, notes=notes)}." if notes else sentence


def units_columns(lang: Lang) -> tuple[Column, ...]:
    """The units table's columns, in the order of ``unit_cells``."""

    def column(key: str, kind: str = "text", width: int = 11, reach: Reach = Reach.SENT) -> Column:
        return Column(t(key, lang), kind, width, reach)  # type: ignore[arg-type]

    return (
        column("col.unit", width=26),
        column("report.col.mode", width=12),
        column("report.col.inspection_date", "date"),
        column("report.col.notified_on", "date", reach=Reach.DATA),
        column("report.col.report_sent_on", "date", reach=Reach.DATA),
        column("report.col.report_on", "date"),
        column("report.col.report_ref", width=14, reach=Reach.DATA),
        column("report.col.inspected_on", "date", reach=Reach.DATA),
        column("report.col.stage", width=14),
        column("report.col.late", width=18),
        column("report.col.next", width=14, reach=Reach.OFFICE),
        column("report.col.due", "date", reach=Reach.OFFICE),
        column("report.col.countdown", width=12, reach=Reach.OFFICE),
        column("report.col.days_left", "number", 8, Reach.DATA),
        column("report.col.conclusion", width=12),
        column("report.col.concluded_on", "date", reach=Reach.DATA),
        column("report.col.inspectors", width=18),
        column("report.col.evidence_count", "number", 9, Reach.DATA),
        column("report.col.unproven_count", "number", 9, Reach.DATA),
        column("fieldname.issues", width=30, reach=Reach.DATA),
        column("fieldname.fix_by", "date", reach=Reach.DATA),  # the pages say it in IV.
        column("fieldname.fixed_on", "date", reach=Reach.DATA),
        *tthc_columns(lang),
        column("report.col.notes", width=36),
    )


def unit_cells(row: UnitRow, name: str, inspectors: str, lang: Lang) -> tuple[Cell, ...]:
    """One unit's row of the units table, in the order of ``units_columns``."""
    unit = row.unit
    deadline = row.deadline
    return (
        name,
        mode_word(unit.mode, lang),
        unit.inspection_date,
        unit.notified_on,
        unit.report_sent_on,
        unit.report_on,
        one_line(unit.report_ref),
        unit.inspected_on,
        stage_word(row.stage, lang),
        late_steps_text(row.statuses, lang) if row.late else "",
        step_word(row.next_step, lang) if row.next_step else "",
        deadline.due if deadline else None,
        countdown(deadline, lang) if deadline else "",
        deadline.days_left if deadline else None,
        conclusion_word(unit.conclusion, lang),
        unit.concluded_on,
        inspectors,
        sum(len(result.evidence) for result in unit.items.values()),
        sum(1 for result in unit.items.values() if unproven(result)),
        "; ".join(unit.issues),
        unit.fix_by,
        unit.fixed_on,
        *tthc_cells(unit.tthc, lang),
        notes_text(unit),
    )


def units_table(
    plan: Plan,
    rows: tuple[UnitRow, ...],
    names: dict[str, str],
    lang: Lang,
    team: Team,
) -> Table:
    inspectors = {row.unit.key: inspectors_text(team, row.unit.key) for row in rows}
    marked = {row.unit.key: unit_name(row.unit, names[row.unit.key]) for row in rows}
    cells = tuple(
        unit_cells(row, marked[row.unit.key], inspectors[row.unit.key], lang) for row in rows
    )

    def entries() -> tuple[str, ...]:
        return tuple(
            unit_sentence(plan, row, marked[row.unit.key], lang, inspectors[row.unit.key])
            for row in rows
        )

    footnotes = units_footnotes((row.unit for row in rows), lang)
    return Table(t("report.units", lang), units_columns(lang), cells, entries, footnotes=footnotes)


def direct_and_self(rows: tuple[UnitRow, ...]) -> tuple[list[UnitRow], list[UnitRow]]:
    direct = [row for row in rows if row.unit.mode is Mode.DIRECT]
    return direct, [row for row in rows if row.unit.mode is Mode.SELF]


def tthc_columns(lang: Lang) -> tuple[Column, ...]:
    """A unit's latest procedure results, for spreadsheets and programs."""
    return (
        Column(t("tthc.period", lang), "text", 14, Reach.DATA),
        *(Column(t(f"tthc.{name}", lang), "number", 9, Reach.DATA) for name in TTHC_COUNTS),
        Column(t("tthc.late_rate", lang), "text", 9, Reach.DATA),
    )


def tthc_cells(figures: tuple[TthcFigures, ...], lang: Lang) -> tuple[Cell, ...]:
    last = latest(figures)
    if last is None:
        return (None,) * 7
    return (
        one_line(last.period),
        last.received,
        last.on_time,
        last.late,
        last.pending,
        last.online,
        rate_text(last.late, Tally.of(last).settled, lang),
    )
