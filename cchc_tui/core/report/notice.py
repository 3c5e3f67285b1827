"""The draft "Thông báo kết luận kiểm tra" for one concluded unit, in the same layout as the
report: what was checked, the results item by item, the shortcomings, the conclusion,
the team's notes, and the remedy asked for (its deadline left blank to fill in)."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, conclusion_word, t
from cchc_tui.core.model import Mode, Plan, Unit
from cchc_tui.core.report.build import plan_reference
from cchc_tui.core.report.checklist import unit_items_table, unit_shortcomings
from cchc_tui.core.report.content import Document, Entries, Paragraph, Section
from cchc_tui.core.report.letterhead import issuer_short, letterhead
from cchc_tui.core.report.units import notes_text
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import unit_row
from cchc_tui.core.team import role_word
from cchc_tui.core.text import one_line, slug


def build_notice(snapshot: Snapshot, unit: Unit, today: date, lang: Lang) -> Document:
    """The conclusion notice for ``unit``; ``UserError`` if it is not concluded yet."""
    name = one_line(unit.display_name)
    if unit.conclusion is None:
        raise UserError("report.not_concluded", unit=name)
    plan = snapshot.plan
    subject = t("doc.notice_subject", lang, year=plan.plan_year, unit=name)
    head = letterhead(
        plan,
        lang,
        kind=t("doc.notice_kind", lang),
        subject=subject,
        code_kind="TB",
        year=today.year,
        recipients=(name, t("doc.archive", lang)),
    )
    direct = unit.mode is Mode.DIRECT
    visit = t(
        f"notice.visit.{'direct' if direct else 'self'}",
        lang,
        unit=name,
        date=format_date(unit.inspected_on if direct else unit.report_on),
    )
    lead = t(
        "notice.lead", lang, **plan_reference(plan), visit=visit, issuer_short=issuer_short(plan)
    )
    shortcomings = (*unit_shortcomings(plan, unit, lang), *(f"{issue}." for issue in unit.issues))
    conclusion = conclusion_word(unit.conclusion, lang)
    sections = [
        Section(
            t("notice.results", lang),
            (*_team_said(snapshot, unit, lang), unit_items_table(plan, unit, lang)),
        ),
        Section(
            t("report.shortcomings", lang),
            (Entries(shortcomings),) if shortcomings else (Paragraph(t("notice.none", lang)),),
        ),
        Section(
            t("notice.conclusion", lang),
            (Paragraph(t("notice.conclusion_text", lang, unit=name, conclusion=conclusion)),),
        ),
    ]
    if notes := notes_text(unit):
        sections.append(Section(t("notice.notes", lang), (Paragraph(notes + "."),)))
    if shortcomings or unit.fix_by:
        sections.append(_request_section(plan, unit, name, lang))
    return Document(
        lang=lang,
        letterhead=head,
        lead=(Paragraph(lead),),
        sections=tuple(sections),
        plan=plan,
        rows=(unit_row(plan, unit, today),),
        as_of=today,
        main_table=t("notice.results", lang),
        file_stem=f"thong-bao-ket-luan-{slug(name)}-{to_iso(today)}",
    )


def _request_section(plan: Plan, unit: Unit, name: str, lang: Lang) -> Section:
    """What the unit is asked to fix, and by when if the conclusion set a day."""
    receiver = one_line(plan.receiver)
    if unit.fix_by:
        request = t(
            "notice.request_by", lang, unit=name, receiver=receiver, date=format_date(unit.fix_by)
        )
    else:
        request = t("notice.request_text", lang, unit=name, receiver=receiver)
    return Section(t("notice.request", lang), (Paragraph(request),))


def _team_said(snapshot: Snapshot, unit: Unit, lang: Lang) -> tuple[Paragraph, ...]:
    """ "Đoàn kiểm tra: Nguyễn Văn An (Trưởng đoàn), Lê Văn Cường (Thành viên)." if recorded."""
    members = snapshot.records.team.of_unit(unit.key)
    names = ", ".join(f"{one_line(m.name)} ({role_word(m.role, lang)})" for m in members)
    return (Paragraph(t("notice.team", lang, names=names)),) if members else ()
