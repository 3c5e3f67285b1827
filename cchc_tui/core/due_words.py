"""Deadlines in words, the same on every screen and in every report: a due date with its
weekday when it falls on a day off and the working day to send by, countdowns in the
plan's kind of days, a report's sent and received days, an inspection's actual and
planned days, and the scheduling warnings.

Reports call these (``summary`` and its forms) as the CLI and the TUI do.
"""

from __future__ import annotations

from datetime import date

from cchc_tui.core.dates import format_date
from cchc_tui.core.deadlines import Deadline, StepStatus
from cchc_tui.core.i18n import Lang, countdown_text, t
from cchc_tui.core.model import Plan, Step, Unit
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.team import schedule_clash_texts
from cchc_tui.core.text import one_line
from cchc_tui.core.workdays import counts_working_days, days_left, send_by, workdays
from cchc_tui.core.workflow import ScheduleWarning, schedule_warnings

# The steps whose deadline is on a sending: the team's notice, the unit's report and its
# remediation report.
SENT_STEPS = (Step.NOTIFIED, Step.REPORT, Step.FIXED)
NAMES_SHOWN = 3


def weekday_word(day: date, lang: Lang) -> str:
    return t(f"tui.weekday.{day.weekday()}", lang)


def day_off_text(plan: Plan, day: date, lang: Lang) -> str | None:
    """Why ``day`` is not worked, in words ("Thứ Bảy"; "Thứ Hai, Ngày Giỗ Tổ Hùng Vương";
    "Thứ Ba, ngày nghỉ theo kế hoạch"); None on a working day."""
    off = workdays(plan).day_off(day, lang)
    if off is None:
        return None
    weekday = weekday_word(day, lang)
    if off.holiday:
        return t("day_off.holiday", lang, weekday=weekday, holiday=one_line(off.holiday))
    if off.in_plan and not off.weekend:
        return t("day_off.holiday", lang, weekday=weekday, holiday=t("day_off.plan", lang))
    return weekday


def due_day_text(plan: Plan, due: date, lang: Lang) -> str:
    """ "30/09/2023 (Thứ Bảy)" on a day off, "25/09/2023" on a working day."""
    off = day_off_text(plan, due, lang)
    return f"{format_date(due)} ({off})" if off else format_date(due)


def send_by_text(plan: Plan, due: date, lang: Lang) -> str | None:
    """ "gửi chậm nhất Thứ Sáu 29/09/2023" when ``due`` falls on a day off."""
    last = send_by(plan, due)
    if last is None:
        return None
    return t("due.send_by", lang, weekday=weekday_word(last, lang), date=format_date(last))


def due_text(plan: Plan, due: date, lang: Lang, step: Step | None = None) -> str:
    """ "hạn 30/09/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu 29/09/2023"; "hạn 25/09/2023".

    The working day to send by is named for the steps done by sending (``SENT_STEPS``,
    or any when ``step`` is None)."""
    off = day_off_text(plan, due, lang)
    if off is None:
        return t("due.on", lang, date=format_date(due))
    text = t("due.on_day_off", lang, date=format_date(due), off=off)
    by = send_by_text(plan, due, lang) if step is None or step in SENT_STEPS else None
    return f"{text} — {by}" if by else text


def countdown(deadline: Deadline, lang: Lang) -> str:
    """ "còn 3 ngày", or "còn 3 ngày làm việc" when the plan counts working days."""
    return countdown_text(deadline.days_left, lang, working=deadline.working_days)


def countdown_to(plan: Plan, today: date, due: date, lang: Lang) -> str:
    """ "còn 3 ngày" until ``due`` (in working days when the plan counts them)."""
    return countdown_text(days_left(plan, today, due), lang, working=counts_working_days(plan))


def report_text(unit: Unit, lang: Lang) -> str:
    """ "gửi ngày 28/09/2023, nhận ngày 02/10/2023, số 12/BC-UBND"; "" before it arrives."""
    if unit.report_on is None:
        return ""
    received = t("report.received", lang, date=format_date(unit.report_on))
    sent, ref = sending_parts(unit, lang)
    return ", ".join(part for part in (sent, received, ref) if part)


def sending_parts(unit: Unit, lang: Lang) -> tuple[str, str]:
    """What a report's arrival day does not say: ("gửi ngày 28/09/2023", "số 12/BC-UBND"),
    either "" when not recorded."""
    sent = unit.report_sent_on
    ref = one_line(unit.report_ref).removeprefix("số ").strip()
    return (
        t("report.sent", lang, date=format_date(sent)) if sent else "",
        t("report.ref", lang, ref=ref) if ref else "",
    )


def inspection_text(unit: Unit, lang: Lang) -> str:
    """ "kiểm tra ngày 04/10/2023, dự kiến 05/10/2023" when inspected on another day than
    planned; "kiểm tra ngày 05/10/2023"; "dự kiến kiểm tra ngày 05/10/2023"; or ""."""
    planned, actual = unit.inspection_date, unit.inspected_on
    if actual is None:
        return t("inspection.planned", lang, planned=format_date(planned)) if planned else ""
    if planned is not None and planned != actual:
        return t("inspection.moved", lang, date=format_date(actual), planned=format_date(planned))
    return t("inspection.on", lang, date=format_date(actual))


def warning_text(warning: ScheduleWarning, plan: Plan, lang: Lang) -> str:
    """One scheduling warning as a sentence that names the deadline, day off or units."""
    day = format_date(warning.day)
    if warning.kind == "notified_passed":
        return t("warn.notified_passed", lang, date=day, lead=plan.notify_lead_days)
    if warning.kind == "report_passed":
        return t("warn.report_passed", lang, date=day, lead=plan.report_lead_days)
    if warning.kind == "outside_window":
        return t("warn.outside_window", lang, date=day, window=window_text(plan, lang))
    if warning.kind == "day_off":
        return t("day_off.is", lang, date=day, off=day_off_text(plan, warning.day, lang))
    names = ", ".join(warning.names[:NAMES_SHOWN])
    if len(warning.names) > NAMES_SHOWN:
        names += " " + t("warn.more_units", lang, n=len(warning.names) - NAMES_SHOWN)
    return t("warn.same_day", lang, date=day, names=names)


def schedule_said(snapshot: Snapshot, unit: Unit, day: date, today: date, lang: Lang) -> list[str]:
    """Every warning about inspecting ``unit`` on ``day``, worded: the plan's (deadlines,
    window, day off, same day) and a member of its team due elsewhere that day."""
    plan, units = snapshot.plan, snapshot.units
    return [
        *(warning_text(w, plan, lang) for w in schedule_warnings(plan, units, unit, day, today)),
        *schedule_clash_texts(snapshot.records.team, units, unit, day, lang),
    ]


def window_text(plan: Plan, lang: Lang) -> str:
    """The window's days: "21/09/2023 – 10/10/2023", "từ 21/09/2023", "đến 10/10/2023"."""
    start, end = plan.window_start, plan.window_end
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return t("warn.window_from", lang, start=format_date(start))
    return t("warn.window_until", lang, end=format_date(end))


def step_text(plan: Plan, unit: Unit, status: StepStatus, today: date, lang: Lang) -> str:
    """One step as a unit's page shows it: "Nhận báo cáo, hạn 30/09/2023 (Thứ Bảy) — gửi
    chậm nhất Thứ Sáu 29/09/2023, gửi ngày 29/09/2023, nhận ngày 02/10/2023, đúng hạn"."""
    parts = [t(f"step.{status.step}", lang)]
    if status.due is not None:
        parts.append(due_text(plan, status.due, lang, status.step))
    if status.done_on is None:
        if status.due is not None:
            parts.append(countdown_to(plan, today, status.due, lang))
        return ", ".join(parts)
    if status.step is Step.REPORT:
        parts.append(report_text(unit, lang))
    elif status.step is Step.INSPECTED:
        parts.append(inspection_text(unit, lang))
    else:
        parts.append(t("tui.detail.done_on", lang, date=format_date(status.done_on)))
    if status.due is not None and status.step is not Step.INSPECTED:
        parts.append(t("late" if status.late else "on_time", lang))
    return ", ".join(parts)
