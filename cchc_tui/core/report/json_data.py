"""The report as JSON for programs: the plan, its team and procedure results, each unit with
every recorded date (ISO), its checklist with evidence, notes, shortcomings and results in
full, and the report's sections as titled tables."""

from __future__ import annotations

from datetime import date
from typing import Any

import orjson

from cchc_tui.core.codec_cycle import (
    decision_to_dict,
    evidence_to_dict,
    member_to_dict,
    tthc_to_dict,
)
from cchc_tui.core.codec_plan import plan_to_dict
from cchc_tui.core.dates import to_iso
from cchc_tui.core.due_words import countdown
from cchc_tui.core.i18n import Lang, stage_word
from cchc_tui.core.model import Plan, Team
from cchc_tui.core.report.content import (
    Cell,
    Document,
    Entries,
    Paragraph,
    Reach,
    Section,
    Table,
)
from cchc_tui.core.summary import UnitRow
from cchc_tui.core.text import clean_text, one_line

REACH = Reach.DATA


def render_json(document: Document) -> str:
    shown = document.shown_to(REACH)
    lang = shown.lang
    header = plan_to_dict(shown.plan)
    del header["checklists"]  # each unit lists its own checklist below
    output: dict[str, Any] = {
        "plan": header,
        "today": to_iso(shown.as_of),
        "lang": lang,
        "title": shown.title,
        "lead": [paragraph.text for paragraph in shown.lead],
        "sections": [
            {"title": section.title, "appendix": section.appendix, "blocks": _blocks(section)}
            for section in shown.sections
        ],
        "team": _team(shown.records.team),
        "tthc": [tthc_to_dict(figures) for figures in shown.records.tthc],
        "units": [_unit(row, shown.plan, shown.records.team, lang) for row in shown.rows],
    }
    return orjson.dumps(output, option=orjson.OPT_INDENT_2).decode() + "\n"


def _blocks(section: Section) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            blocks.append({"paragraph": block.text})
        elif isinstance(block, Entries):
            blocks.append({"entries": list(block.items)})
        elif isinstance(block, Table):
            blocks.append(_table(block))
    return blocks


def _table(table: Table) -> dict[str, Any]:
    return {
        "table": table.name,
        "columns": [{"title": c.title, "kind": c.kind} for c in table.columns],
        "rows": [[_cell(value) for value in row] for row in table.rows],
        **({"footnotes": list(table.footnotes)} if table.footnotes else {}),
    }


def _cell(value: Cell) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _team(team: Team) -> dict[str, Any]:
    return {
        "decision": decision_to_dict(team.decision) if team.decision else None,
        "members": [{"id": member.id, **member_to_dict(member)} for member in team.members],
    }


def _unit(row: UnitRow, plan: Plan, team: Team, lang: Lang) -> dict[str, Any]:
    unit = row.unit
    deadline = row.deadline
    return {
        "key": unit.key,
        "name": one_line(unit.display_name),
        "kind": str(unit.kind),
        "mode": str(unit.mode),
        "in_seed": unit.in_seed,
        "stage": str(row.stage),
        "stage_label": stage_word(row.stage, lang),
        "inspection_date": to_iso(unit.inspection_date),
        "notified_on": to_iso(unit.notified_on),
        "report_sent_on": to_iso(unit.report_sent_on),
        "report_on": to_iso(unit.report_on),
        "report_ref": one_line(unit.report_ref),
        "inspected_on": to_iso(unit.inspected_on),
        "next_step": str(row.next_step) if row.next_step else None,
        "next_due": to_iso(deadline.due) if deadline else None,
        "days_left": deadline.days_left if deadline else None,
        "countdown": countdown(deadline, lang) if deadline else None,
        "working_days": deadline.working_days if deadline else None,
        "late_steps": [str(step) for step in row.late],
        "conclusion": str(unit.conclusion) if unit.conclusion else None,
        "concluded_on": to_iso(unit.concluded_on),
        "checklist": [
            {
                "id": item.id,
                "text": item.text,
                **({"source": item.source} if item.source else {}),
                "verdict": str(result.verdict)
                if (result := unit.items.get(item.id)) and result.verdict
                else None,
                "note": clean_text(result.note) if result else "",
                "evidence": [evidence_to_dict(piece) for piece in result.evidence]
                if result
                else [],
                "missing": clean_text(result.missing) if result else "",
            }
            for item in plan.checklist_for(unit.kind)
        ],
        "inspectors": [member.id for member in team.of_unit(unit.key)],
        "issues": list(unit.issues),
        "fix_by": to_iso(unit.fix_by),
        "fixed_on": to_iso(unit.fixed_on),
        "tthc": [tthc_to_dict(figures) for figures in unit.tthc],
        "notes": [
            {"text": clean_text(note.text), "by": clean_text(note.by), "at": note.at}
            for note in unit.notes
        ],
    }
