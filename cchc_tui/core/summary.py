"""The summary report (báo cáo tổng hợp): what staff paste into Word, e-mail or chat.

``build_report`` computes every figure once from a snapshot; the renderers only lay
it out, so the text, markdown, html, csv, tsv and json forms always agree.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson

from cchc_tui.core.codec import plan_to_dict
from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.i18n import (
    Lang,
    conclusion_word,
    countdown_text,
    mode_word,
    stage_word,
    step_word,
    t,
    verdict_word,
)
from cchc_tui.core.model import Conclusion, Mode, Plan, Stage, Step, Unit
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.text import clean_text, one_line
from cchc_tui.core.workflow import Deadline, late_steps, next_deadline, next_step, stage

FORMATS = ("text", "markdown", "csv", "tsv", "html", "json")


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit as the summary and the units pane show it."""

    unit: Unit
    stage: Stage
    next_step: Step | None
    deadline: Deadline | None
    late: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    label: str  # i18n key
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class Report:
    plan: Plan
    today: date
    rows: tuple[UnitRow, ...]
    progress: tuple[Progress, ...]


def unit_row(plan: Plan, unit: Unit, today: date) -> UnitRow:
    return UnitRow(
        unit,
        stage(unit),
        next_step(unit),
        next_deadline(plan, unit, today),
        tuple(late_steps(plan, unit)),
    )


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


def build_report(snapshot: Snapshot, today: date) -> Report:
    rows = tuple(unit_row(snapshot.plan, unit, today) for unit in snapshot.units)
    return Report(snapshot.plan, today, rows, progress(snapshot.units))


def render(report: Report, fmt: str, lang: Lang) -> str:
    return _RENDERERS[fmt](report, lang)


# --- cells shared by every form ------------------------------------------------------


def _unit_headers(lang: Lang) -> list[str]:
    keys = (
        "col.no",
        "col.unit",
        "col.mode",
        "col.date",
        "col.stage",
        "col.next",
        "col.due",
        "col.countdown",
        "col.conclusion",
    )
    return [t(key, lang) for key in keys]


def _unit_cells(number: int, row: UnitRow, lang: Lang) -> list[str]:
    deadline = row.deadline
    return [
        str(number),
        one_line(row.unit.display_name),
        mode_word(row.unit.mode, lang, short=True),
        format_date(row.unit.inspection_date),
        stage_word(row.stage, lang),
        step_word(row.next_step, lang) if row.next_step else "",
        format_date(deadline.due) if deadline else "",
        countdown_text(deadline.days_left, lang) if deadline else "",
        conclusion_word(row.unit.conclusion, lang),
    ]


def plan_header_lines(plan: Plan, lang: Lang) -> list[str]:
    """The plan as issued, a line each: issuer and date, title, what it is based on, period,
    window, deadlines, where reports go. The summary and the TUI's plan pane both show it."""
    return [
        t("plan.issued", lang, date=format_date(plan.issued_on), issuer=one_line(plan.issuer)),
        one_line(plan.title),
        *(f"{t('plan.based_on', lang)}: {one_line(item)}" for item in plan.based_on),
        f"{t('plan.period', lang)}: {one_line(plan.period)}",
        f"{t('plan.window', lang)}: {one_line(plan.window)}",
        f"{t('plan.self_due', lang)}: "
        + t("plan.self_due_value", lang, date=format_date(plan.self_report_before)),
        t("plan.leads", lang, notify=plan.notify_lead_days, report=plan.report_lead_days),
        f"{t('plan.receiver', lang)}: {one_line(plan.receiver)}",
    ]


def _header_lines(report: Report, lang: Lang) -> list[str]:
    issued, *rest = plan_header_lines(report.plan, lang)
    return [
        f"{t('plan.number', lang)} {one_line(report.plan.number)} {issued}",
        *rest,
        f"{t('plan.as_of', lang)}: {format_date(report.today)}",
    ]


@dataclass(frozen=True, slots=True)
class _Section:
    title: str
    headers: list[str]
    rows: list[list[str]]
    empty: str = ""


def _sections(report: Report, lang: Lang) -> list[_Section]:
    stage_rows = [
        [t(p.label, lang), t("count.of", lang, done=p.done, total=p.total)] for p in report.progress
    ]
    stage_rows.append([t("summary.total", lang), str(len(report.rows))])
    overdue = [row for row in report.rows if row.deadline and row.deadline.overdue]
    late = [row for row in report.rows if row.late]

    # A unit's name shows in up to five sections (and on each of its checklist lines):
    # clean it once.
    names = {row.unit.key: one_line(row.unit.display_name) for row in report.rows}

    def named(conclusion: Conclusion) -> list[list[str]]:
        chosen = [row for row in report.rows if row.unit.conclusion is conclusion]
        return [[str(n), names[row.unit.key]] for n, row in enumerate(chosen, 1)]

    unit_headers = [t("col.no", lang), t("col.unit", lang)]
    return [
        _Section(
            t("summary.stages", lang), [t("col.step", lang), t("col.count", lang)], stage_rows
        ),
        _Section(
            t("summary.units", lang),
            _unit_headers(lang),
            [_unit_cells(n, row, lang) for n, row in enumerate(report.rows, 1)],
        ),
        _Section(
            t("summary.overdue", lang),
            [
                t("col.unit", lang),
                t("col.next", lang),
                t("col.due", lang),
                t("col.countdown", lang),
            ],
            [
                [
                    names[row.unit.key],
                    step_word(row.deadline.step, lang),
                    format_date(row.deadline.due),
                    countdown_text(row.deadline.days_left, lang),
                ]
                for row in overdue
                if row.deadline
            ],
            t("summary.none", lang),
        ),
        _Section(
            t("summary.late_steps", lang),
            [t("col.unit", lang), t("col.step", lang)],
            [
                [names[row.unit.key], ", ".join(step_word(s, lang) for s in row.late)]
                for row in late
            ],
            t("summary.none", lang),
        ),
        _Section(
            t("summary.commend", lang),
            unit_headers,
            named(Conclusion.COMMEND),
            t("summary.none", lang),
        ),
        _Section(
            t("summary.criticise", lang),
            unit_headers,
            named(Conclusion.CRITICISE),
            t("summary.none", lang),
        ),
        _Section(
            t("summary.checklist", lang),
            [t("col.unit", lang), t("col.item", lang), t("col.verdict", lang), t("col.note", lang)],
            _checklist_rows(report, lang, names),
            t("summary.no_results", lang),
        ),
    ]


def _checklist_rows(report: Report, lang: Lang, names: dict[str, str]) -> list[list[str]]:
    labels = {
        kind: [
            (item.id, f"{number}. {one_line(item.text)}") for number, item in enumerate(items, 1)
        ]
        for kind, items in report.plan.checklists.items()
    }
    rows = []
    for row in report.rows:
        unit = row.unit
        if not unit.items:
            continue
        for item_id, label in labels.get(unit.kind, ()):
            result = unit.items.get(item_id)
            if result is None:
                continue
            rows.append(
                [
                    names[unit.key],
                    label,
                    verdict_word(result.verdict, lang),
                    one_line(result.note, 80),
                ]
            )
    return rows


# --- the forms -----------------------------------------------------------------------


def _render_tables(
    report: Report,
    lang: Lang,
    tablefmt: str,
    heading: Callable[[int, str], str],
    paragraph: Callable[[str], str],
    header_lines: Callable[[list[str]], list[str]],
    cell: Callable[[str], str] = str,
) -> str:
    # tabulate costs ~20 ms to import (importlib.metadata): only the table forms load it,
    # not the TUI's start, other commands or the csv and json forms.
    from tabulate import tabulate

    parts = [heading(0, t("summary.title", lang)), *header_lines(_header_lines(report, lang))]
    for number, section in enumerate(_sections(report, lang), 1):
        parts.append("")
        parts.append(heading(1, f"{number}. {section.title}"))
        parts.append("")
        if section.rows:
            rows = [[cell(value) for value in row] for row in section.rows]
            headers = [cell(value) for value in section.headers]
            parts.append(tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True))
        else:
            parts.append(paragraph(section.empty))
    return "\n".join(parts) + "\n"


def _render_text(report: Report, lang: Lang) -> str:
    def heading(level: int, text: str) -> str:
        return text if level == 0 else text.upper()

    return _render_tables(report, lang, "simple", heading, lambda text: text, lambda lines: lines)


def _render_markdown(report: Report, lang: Lang) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|")

    return _render_tables(
        report,
        lang,
        "github",
        lambda level, text: f"{'#' * (level + 1)} {escape(text)}",
        escape,
        lambda lines: ["", *(f"- {escape(line)}" for line in lines)],
        # a "|" typed in a note would otherwise split its cell in two
        cell=escape,
    )


def _render_html(report: Report, lang: Lang) -> str:
    body = _render_tables(
        report,
        lang,
        "html",
        lambda level, text: f"<h{level + 1}>{html.escape(text)}</h{level + 1}>",
        lambda text: f"<p>{html.escape(text)}</p>",
        lambda lines: ["<ul>", *(f"<li>{html.escape(line)}</li>" for line in lines), "</ul>"],
    )
    title = html.escape(f"{t('summary.title', lang)} — {one_line(report.plan.number)}")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _render_delimited(report: Report, lang: Lang, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow([*_unit_headers(lang), t("summary.late_steps", lang)])
    for number, row in enumerate(report.rows, 1):
        late = ", ".join(step_word(step, lang) for step in row.late)
        writer.writerow([*_unit_cells(number, row, lang), late])
    return buffer.getvalue()


def _render_json(report: Report, lang: Lang) -> str:
    header = plan_to_dict(report.plan)
    del header["checklists"]  # each unit lists its own checklist below
    document: dict[str, Any] = {
        "plan": header,
        "today": to_iso(report.today),
        "lang": lang,
        "progress": [
            {
                "label": t(p.label, lang),
                "key": p.label.split(".", 1)[1],
                "done": p.done,
                "total": p.total,
            }
            for p in report.progress
        ],
        "units": [_unit_json(row, report.plan, lang) for row in report.rows],
    }
    return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n"


def _unit_json(row: UnitRow, plan: Plan, lang: Lang) -> dict[str, Any]:
    unit = row.unit
    deadline = row.deadline
    return {
        "key": unit.key,
        "name": clean_text(unit.display_name),
        "kind": str(unit.kind),
        "mode": str(unit.mode),
        "in_seed": unit.in_seed,
        "stage": str(row.stage),
        "stage_label": stage_word(row.stage, lang),
        "inspection_date": to_iso(unit.inspection_date),
        "notified_on": to_iso(unit.notified_on),
        "report_on": to_iso(unit.report_on),
        "inspected_on": to_iso(unit.inspected_on),
        "next_step": str(row.next_step) if row.next_step else None,
        "next_due": to_iso(deadline.due) if deadline else None,
        "days_left": deadline.days_left if deadline else None,
        "countdown": countdown_text(deadline.days_left, lang) if deadline else None,
        "late_steps": [str(step) for step in row.late],
        "conclusion": str(unit.conclusion) if unit.conclusion else None,
        "checklist": [
            {
                "id": item.id,
                "text": item.text,
                "verdict": str(result.verdict)
                if (result := unit.items.get(item.id)) and result.verdict
                else None,
                "note": clean_text(result.note) if result else "",
            }
            for item in plan.checklist_for(unit.kind)
        ],
        "notes": [
            {"text": clean_text(note.text), "by": clean_text(note.by), "at": note.at}
            for note in unit.notes
        ],
    }


_RENDERERS: dict[str, Callable[[Report, Lang], str]] = {
    "text": _render_text,
    "markdown": _render_markdown,
    "csv": lambda report, lang: _render_delimited(report, lang, ","),
    "tsv": lambda report, lang: _render_delimited(report, lang, "\t"),
    "html": _render_html,
    "json": _render_json,
}
