"""The report's content ("Báo cáo kết quả kiểm tra công tác CCHC"), computed once from a
snapshot: every form lays out this one ``Document``, so they always agree.

Its parts follow what a Phòng Nội vụ writes: a lead paragraph (``Thực hiện Kế hoạch số
…; đến ngày …``), I. how the inspection is organised, II. results by checklist item,
III. shortcomings, IV. commendations and criticism, the office's overdue work, and the
appendices (each unit; each unit's checklist). A later section is one more function
here that returns a ``Section``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.due_words import countdown, due_text
from cchc_tui.core.i18n import Lang, conclusion_word, step_word, t
from cchc_tui.core.model import Conclusion, Plan, Step
from cchc_tui.core.report.checklist import details_table, results_table, shortcomings_table
from cchc_tui.core.report.content import (
    Cell,
    Column,
    Document,
    Paragraph,
    Reach,
    Section,
    Table,
    named,
)
from cchc_tui.core.report.cycle import follow_up_table, team_blocks, tthc_sections, unproven_table
from cchc_tui.core.report.letterhead import letterhead
from cchc_tui.core.report.units import direct_and_self, units_table
from cchc_tui.core.review import review_summary
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import Progress, UnitRow, plan_header_lines, progress, unit_row
from cchc_tui.core.text import one_line, slug


def build_report(snapshot: Snapshot, today: date, lang: Lang) -> Document:
    plan = snapshot.plan
    rows = tuple(unit_row(plan, unit, today) for unit in snapshot.units)
    # A unit's name shows in several sections: clean it once.
    names = {row.unit.key: one_line(row.unit.display_name) for row in rows}
    units = snapshot.units
    subject = t("doc.report_subject", lang, year=plan.plan_year)
    head = letterhead(
        plan,
        lang,
        kind=t("doc.report_kind", lang),
        subject=subject,
        code_kind="BC",
        year=today.year,
    )
    records = snapshot.records
    organisation = _organisation(plan, progress(units), lang)
    results = results_table(plan, units, names, lang)
    shortcomings = shortcomings_table(plan, units, names, lang)
    tthc, tthc_appendix = tthc_sections(plan, records, units, names, lang)
    sections = (
        replace(
            organisation,
            blocks=(*organisation.blocks, *team_blocks(records, units, names, lang)),
        ),
        Section(t("report.results", lang), (results, unproven_table(plan, units, names, lang))),
        tthc,
        Section(
            t("report.shortcomings", lang),
            (shortcomings, follow_up_table(plan, rows, names, today, lang)),
        ),
        _conclusions(rows, names, lang),
        _overdue(plan, rows, names, lang),
        Section(
            t("report.units", lang),
            (units_table(plan, rows, names, lang, records.team),),
            appendix=True,
        ),
        Section(
            t("report.details", lang), (details_table(plan, units, names, lang),), appendix=True
        ),
        tthc_appendix,
    )
    return Document(
        lang=lang,
        letterhead=head,
        lead=(*_to_review(plan, lang), Paragraph(lead_sentence(plan, rows, names, today, lang))),
        sections=sections,
        plan=plan,
        rows=rows,
        as_of=today,
        main_table=t("report.units", lang),
        file_stem=f"bao-cao-{slug(plan.number)}-{to_iso(today)}",
        records=records,
    )


def _to_review(plan: Plan, lang: Lang) -> tuple[Paragraph, ...]:
    """The office is told, not the reader of the report, that the plan still has parts
    carried over from the previous plan to check."""
    said = review_summary(plan, lang)
    return (Paragraph(f"{said}.", Reach.OFFICE),) if said else ()


def plan_reference(plan: Plan) -> dict[str, str]:
    """The words that cite the plan: number, date, issuer, and its title as a clause."""
    title = one_line(plan.title)
    # "Kiểm tra thực hiện …" reads "về việc kiểm tra thực hiện …"; "CCHC …" stays as it is.
    if len(title) > 1 and title[1].islower():
        title = title[0].lower() + title[1:]
    return {
        "number": one_line(plan.number),
        "date": format_date(plan.issued_on),
        "issuer": one_line(plan.issuer),
        "title": title,
    }


def lead_sentence(
    plan: Plan, rows: tuple[UnitRow, ...], names: dict[str, str], today: date, lang: Lang
) -> str:
    """ "Thực hiện Kế hoạch số …; đến ngày …, Đoàn kiểm tra đã kiểm tra 1/10 đơn vị …;
    2/18 đơn vị tự kiểm tra đã gửi báo cáo (…); còn … đơn vị chưa gửi báo cáo: …"."""
    direct, self_units = direct_and_self(rows)
    said = []
    if direct:
        inspected = [names[r.unit.key] for r in direct if r.unit.inspected_on]
        said.append(
            t(
                "report.lead.inspected",
                lang,
                done=len(inspected),
                total=len(direct),
                names=f" ({named(inspected, lang)})" if inspected else "",
            )
        )
        said.append(
            t(
                "report.lead.direct_steps",
                lang,
                notified=sum(1 for r in direct if r.unit.notified_on),
                reported=sum(1 for r in direct if r.unit.report_on),
                total=len(direct),
                late=_late_reports(direct, names, lang),
            )
        )
    if self_units:
        sent = [r for r in self_units if r.unit.report_on]
        said.append(
            t(
                "report.lead.self",
                lang,
                done=len(sent),
                total=len(self_units),
                late=_late_reports(self_units, names, lang),
            )
        )
        missing = [names[r.unit.key] for r in self_units if not r.unit.report_on]
        if missing:
            said.append(
                t("report.lead.missing", lang, count=len(missing), names=named(missing, lang))
            )
    return t(
        "report.lead",
        lang,
        **plan_reference(plan),
        today=format_date(today),
        progress="; ".join(said),
    )


def _late_reports(rows: list[UnitRow], names: dict[str, str], lang: Lang) -> str:
    late = [names[row.unit.key] for row in rows if Step.REPORT in row.late]
    if not late:
        return ""
    return t("report.lead.late", lang, count=len(late), names=named(late, lang))


def _organisation(plan: Plan, steps: tuple[Progress, ...], lang: Lang) -> Section:
    """I. The plan's own terms (what it carries out, period, deadlines), then the progress."""
    # The lead already cites the plan's number, date, issuer and title (its first two lines).
    facts = [Paragraph(line.rstrip(".") + ".") for line in plan_header_lines(plan, lang)[2:]]
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (t(f"report.{p.label}", lang), p.done, p.total) for p in steps
    )
    entries = tuple(
        t(
            "report.progress.entry",
            lang,
            label=t(f"report.{p.label}", lang),
            done=p.done,
            total=p.total,
        )
        for p in steps
    )
    table = Table(
        t("report.progress", lang),
        (
            Column(t("col.item", lang), width=40),
            Column(t("report.col.done", lang), "number", 12),
            Column(t("report.col.total", lang), "number", 12),
        ),
        rows,
        entries,
    )
    return Section(t("report.organisation", lang), (*facts, table))


def _conclusions(rows: tuple[UnitRow, ...], names: dict[str, str], lang: Lang) -> Section:
    """IV. The units commended, found satisfactory, and to correct and criticise."""
    said = []
    for conclusion in (Conclusion.COMMEND, Conclusion.SATISFACTORY, Conclusion.CRITICISE):
        chosen = [names[row.unit.key] for row in rows if row.unit.conclusion is conclusion]
        if chosen:
            said.append(
                t(
                    "report.concluded_as",
                    lang,
                    conclusion=conclusion_word(conclusion, lang),
                    count=len(chosen),
                    names=", ".join(chosen),
                )
            )
    paragraphs = tuple(Paragraph(text) for text in said) or (
        Paragraph(t("report.no_conclusion", lang)),
    )
    return Section(t("report.conclusions", lang), paragraphs)


def _overdue(plan: Plan, rows: tuple[UnitRow, ...], names: dict[str, str], lang: Lang) -> Section:
    """The office's own late work: steps past their deadline, oldest first."""
    late = sorted(
        (row for row in rows if row.deadline and row.deadline.overdue),
        key=lambda row: row.deadline.due if row.deadline else date.min,
    )
    cells: list[tuple[Cell, ...]] = []
    entries = []
    for row in late:
        assert row.deadline is not None
        step = step_word(row.deadline.step, lang)
        left = countdown(row.deadline, lang)
        cells.append((names[row.unit.key], step, row.deadline.due, left))
        due = due_text(plan, row.deadline.due, lang, row.deadline.step)
        entries.append(f"{names[row.unit.key]} — {step.lower()}: {due}, {left}.")
    table = Table(
        t("report.overdue", lang),
        (
            Column(t("col.unit", lang), width=26),
            Column(t("report.col.next", lang), width=16),
            Column(t("report.col.due", lang), "date", 11),
            Column(t("report.col.countdown", lang), width=14),
        ),
        tuple(cells),
        tuple(entries),
        t("report.no_overdue", lang),
        reach=Reach.OFFICE,
    )
    return Section(t("report.overdue", lang), (table,), reach=Reach.OFFICE)
