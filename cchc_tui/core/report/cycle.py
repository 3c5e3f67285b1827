"""The report's parts about the rest of the inspection cycle: the team (in I.), the verdicts of
"đạt" without evidence (in II.), the procedure results (their own section and appendix),
and the fixes asked for after the conclusions (in III.)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cchc_tui.core.dates import format_date
from cchc_tui.core.due_words import countdown_to
from cchc_tui.core.evidence import unproven_items
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan, PlanRecords, Step, TthcFigures, Unit
from cchc_tui.core.report.content import (
    Block,
    Cell,
    Column,
    Paragraph,
    Reach,
    Section,
    Table,
    named,
)
from cchc_tui.core.report.units import days_late
from cchc_tui.core.summary import UnitRow
from cchc_tui.core.team import (
    TeamClash,
    clash_text,
    member_text,
    role_word,
    team_clashes,
    units_by_member,
    units_visits_text,
)
from cchc_tui.core.text import one_line
from cchc_tui.core.tthc import Tally, figures_sentence, mismatch_text, rate_text


def team_blocks(
    records: PlanRecords, units: Sequence[Unit], names: dict[str, str], lang: Lang
) -> tuple[Block, ...]:
    """ "Đoàn kiểm tra thành lập theo Quyết định số …, gồm 3 thành viên", who they are and
    where each goes; who is due at two units on one day (the office's own view)."""
    team = records.team
    if not team.members and team.decision is None:
        return (Paragraph(t("report.team.none", lang)),)
    decision = team.decision
    said = (
        t("report.team.lead_no_decision", lang, count=len(team.members))
        if decision is None
        else t(
            "report.team.lead",
            lang,
            number=one_line(decision.number),
            date=format_date(decision.on),
            count=len(team.members),
        )
    )
    rows: list[tuple[Cell, ...]] = []
    entries = []
    theirs = units_by_member(team, units)
    for member in team.ranked():
        visits = units_visits_text(theirs[member.id], names)
        role = role_word(member.role, lang)
        rows.append((one_line(member.name), role, one_line(member.office), visits))
        where = t("team.units", lang, units=visits) if visits else t("team.no_units", lang)
        entries.append(f"{member_text(member, lang)}; {where}.")
    table = Table(
        t("report.team.table", lang),
        (
            Column(t("report.col.member", lang), width=22),
            Column(t("report.col.role", lang), width=14),
            Column(t("report.col.office", lang), width=22),
            Column(t("report.col.member_units", lang), width=36),
        ),
        tuple(rows),
        tuple(entries),
    )
    blocks: list[Block] = [Paragraph(said), table]
    clashes = team_clashes(team, units)
    if clashes:
        blocks.append(_clashes_table(clashes, names, lang))
    return tuple(blocks)


def _clashes_table(clashes: Sequence[TeamClash], names: dict[str, str], lang: Lang) -> Table:
    """Who is due at two units on one day."""
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            one_line(clash.member.name),
            clash.day,
            ", ".join(names[unit.key] for unit in clash.units),
        )
        for clash in clashes
    )
    return Table(
        t("report.team.clashes", lang),
        (
            Column(t("report.col.member", lang), width=22),
            Column(t("report.col.inspection_date", lang), "date"),
            Column(t("report.col.member_units", lang), width=40),
        ),
        rows,
        tuple(f"{clash_text(clash, lang)}." for clash in clashes),
        reach=Reach.OFFICE,
    )


def unproven_table(plan: Plan, units: Sequence[Unit], names: dict[str, str], lang: Lang) -> Table:
    """Each verdict of "đạt" with no evidence and no reason why: the dossier to complete."""
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (names[unit.key], one_line(item.text))
        for unit in units
        if unit.items
        for item in unproven_items(plan, unit)
    )
    return Table(
        t("report.unproven", lang),
        (
            Column(t("col.unit", lang), width=26),
            Column(t("report.col.item", lang), width=50),
        ),
        rows,
        tuple(f"{unit} — {item}." for unit, item in rows),
        t("report.all_proven", lang),
        reach=Reach.OFFICE,
    )


def _tthc_row(body: str, figures: TthcFigures, lang: Lang) -> tuple[Cell, ...]:
    settled = Tally.of(figures).settled
    return (
        body,
        one_line(figures.period),
        figures.received,
        figures.on_time,
        rate_text(figures.on_time, settled, lang),
        figures.late,
        rate_text(figures.late, settled, lang),
        figures.pending,
        figures.online,
        figures.on,
        mismatch_text(figures, lang) or t("tthc.adds_up", lang),
    )


def _tthc_table(
    name: str,
    rows: list[tuple[str, TthcFigures]],
    lang: Lang,
    empty: str,
    reach: Reach = Reach.SENT,
) -> Table:
    def column(key: str, kind: str = "number", width: int = 9, reach: Reach = Reach.SENT) -> Column:
        return Column(t(key, lang), kind, width, reach)  # type: ignore[arg-type]

    columns = (
        column("tthc.body", "text", 20),
        column("tthc.period", "text", 14),
        column("tthc.received"),
        column("tthc.on_time"),
        column("tthc.on_time_rate", "text", 9),
        column("tthc.late"),
        column("tthc.late_rate", "text", 9),
        column("tthc.pending", reach=Reach.OFFICE),
        column("tthc.online", reach=Reach.OFFICE),
        column("tthc.as_of", "date"),
        column("tthc.check", "text", 30),
    )

    def entries() -> tuple[str, ...]:
        return tuple(f"{body} — {figures_sentence(figures, lang)}" for body, figures in rows)

    cells = tuple(_tthc_row(body, figures, lang) for body, figures in rows)
    return Table(name, columns, cells, entries, empty, reach=reach)


def tthc_sections(
    plan: Plan, records: PlanRecords, units: Sequence[Unit], names: dict[str, str], lang: Lang
) -> tuple[Section, Section]:
    """The issuing body's results in the body of the report, with how many units reported
    theirs and whose figures do not add up; every unit's in an appendix."""
    issuer = one_line(plan.issuer)
    body_rows = [(issuer, figures) for figures in records.tthc]
    unit_rows = [(names[unit.key], figures) for unit in units for figures in unit.tthc]
    # The body's few periods are said as sentences (each with its warning): on a portrait
    # page a table of eleven figures would break its numbers. Spreadsheets get the table.
    said = [f"{issuer} — {figures_sentence(figures, lang)}" for _, figures in body_rows]
    blocks: list[Block] = [
        *(Paragraph(text) for text in said or [t("tthc.none_body", lang)]),
        _tthc_table(t("tthc.title", lang), body_rows, lang, "", Reach.DATA),
    ]
    reported = [unit for unit in units if unit.tthc]
    if reported:
        wrong = [
            names[unit.key] for unit in reported if any(mismatch_text(f, lang) for f in unit.tthc)
        ]
        said = t("tthc.units_reported", lang, count=len(reported), total=len(units))
        if wrong:
            said += " " + t("tthc.units_mismatch", lang, count=len(wrong), names=named(wrong, lang))
        blocks.append(Paragraph(said))
    heading = t("tthc.heading", lang)
    appendix_table = _tthc_table(
        t("tthc.units_title", lang), unit_rows, lang, t("tthc.none_units", lang)
    )
    return (
        Section(heading, tuple(blocks)),
        Section(t("tthc.units_title", lang), (appendix_table,), appendix=True),
    )


def follow_up_table(
    plan: Plan, rows: Sequence[UnitRow], names: dict[str, str], today: date, lang: Lang
) -> Table:
    """Each unit asked to fix shortcomings after its conclusion: what, by when, and whether
    its remediation report came (on time or how late), or how long is left."""
    cells: list[tuple[Cell, ...]] = []
    entries: list[str] = []
    for row in rows:
        unit = row.unit
        if not (unit.issues or unit.fix_by):
            continue
        status = next((s for s in row.statuses if s.step is Step.FIXED), None)
        if unit.fixed_on is not None and status is not None:
            late = days_late(status) if status.late else 0
            result = (
                t("report.fixed_late", lang, n=late) if late else t("report.fixed_on_time", lang)
            )
            left = ""
        elif unit.fix_by is not None:
            result = t("report.not_fixed", lang)
            left = countdown_to(plan, today, unit.fix_by, lang)
        else:
            result, left = t("report.no_fix_date", lang), ""
        issues = "; ".join(unit.issues)
        cells.append((names[unit.key], issues, unit.fix_by, unit.fixed_on, result, left))
        parts = [issues] if issues else []
        if unit.fix_by is not None:
            parts.append(t("follow_up.due", lang, date=format_date(unit.fix_by)))
        if unit.fixed_on is not None:
            parts.append(t("follow_up.done", lang, date=format_date(unit.fixed_on)))
        entries.append(f"{names[unit.key]} — {'; '.join([*parts, result, *filter(None, [left])])}.")
    return Table(
        t("report.follow_up", lang),
        (
            Column(t("col.unit", lang), width=22),
            Column(t("fieldname.issues", lang), width=40),
            Column(t("fieldname.fix_by", lang), "date"),
            Column(t("fieldname.fixed_on", lang), "date"),
            Column(t("report.col.fix_result", lang), width=16),
            Column(t("report.col.countdown", lang), width=12, reach=Reach.OFFICE),
        ),
        tuple(cells),
        tuple(entries),
        t("report.no_follow_up", lang),
    )
