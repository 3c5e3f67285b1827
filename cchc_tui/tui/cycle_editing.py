"""The rest of the cycle from the keyboard: evidence for an item, the fixes asked for after a
conclusion, who of the team inspects a unit, and the plan's own records (its team, the
procedure results). Each asks in a dialog that checks the answer by the same rules the
store job applies, then hands one change to the app, built from what the person saw."""

from __future__ import annotations

from collections.abc import Callable

from cchc_tui.core.choices import ROLES, parse_choice
from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.errors import RuleError, UserError
from cchc_tui.core.evidence import evidence_text, parse_evidence, with_evidence
from cchc_tui.core.follow_up import default_fix_by, set_follow_up, split_issues
from cchc_tui.core.i18n import error_text, t
from cchc_tui.core.model import (
    TTHC_COUNTS,
    ChecklistItem,
    ItemResult,
    Member,
    TthcFigures,
    Unit,
)
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.team import (
    add_member,
    assign,
    remove_member,
    role_word,
    set_decision,
    unassign,
)
from cchc_tui.core.text import one_line
from cchc_tui.core.tthc import parse_count, remove_tthc, set_tthc
from cchc_tui.core.workflow import Change, set_item
from cchc_tui.tui.dialogs.choice import ChoiceDialog
from cchc_tui.tui.dialogs.confirm import ConfirmDialog
from cchc_tui.tui.dialogs.evidence import EvidenceDialog, EvidenceEdit
from cchc_tui.tui.dialogs.form import Field, FormDialog
from cchc_tui.tui.editing import Editor, _name
from cchc_tui.tui.messages import EditRequested, PlanEditRequested


class CycleEditor(Editor):
    """Dialogs and jobs for evidence, follow-up, the team and procedure results."""

    def _edit_unit(self, seen: Snapshot, unit: Unit, request: EditRequested) -> None:
        edit = request.edit
        if edit == "follow-up":
            self.ask_follow_up(seen, unit)
        elif edit == "team":
            self.ask_team(seen, unit)
        elif edit == "evidence":
            if request.item_id is not None:
                items = seen.plan.checklist_for(unit.kind)
                self.ask_evidence(seen, unit, next(i for i in items if i.id == request.item_id))
        else:
            super()._edit_unit(seen, unit, request)

    def handle_plan(self, request: PlanEditRequested) -> None:
        seen = self.app.snapshot
        team = seen.records.team
        member = team.member(request.member_id) if request.member_id else None
        unit = seen.unit(request.unit_key) if request.unit_key else None
        current = unit.tthc if unit else seen.records.tthc
        figures = next((f for f in current if f.period == request.period), None)
        if request.edit == "member":
            self.ask_member(seen, member)
        elif request.edit == "remove" and member is not None:
            self.ask_remove_member(seen, member)
        elif request.edit == "decision":
            self.ask_decision(seen)
        elif request.edit == "tthc":
            self.ask_tthc(seen, unit, figures)
        elif request.edit == "tthc-remove" and figures is not None:
            self.ask_remove_tthc(seen, unit, figures)

    # --- a unit's -------------------------------------------------------------------------

    def ask_evidence(self, seen: Snapshot, unit: Unit, item: ChecklistItem) -> None:
        current = unit.items.get(item.id, ItemResult())

        def build(edit: EvidenceEdit) -> Change:
            if edit.kind == "missing":
                return set_item(seen.plan, unit, item, current.verdict, missing=edit.text)
            if edit.kind == "drop":
                pieces = with_evidence(current, [], [edit.number])
            else:
                pieces = with_evidence(current, [parse_evidence(edit.text)], [])
            return set_item(seen.plan, unit, item, current.verdict, evidence=pieces)

        def read(text: str) -> tuple[str, str | None]:
            try:
                return evidence_text(parse_evidence(text), self.lang), None
            except UserError as error:
                return "", error_text(error, self.lang)

        def answered(edit: EvidenceEdit | None) -> None:
            if edit is not None:
                self._submit(lambda: build(edit))

        pieces = [evidence_text(piece, self.lang) for piece in current.evidence]
        title = t("tui.ask.evidence", self.lang, item=one_line(item.text, 40), unit=_name(unit))
        self.app.open(EvidenceDialog(title, pieces, current.missing, read, self.lang), answered)

    def ask_follow_up(self, seen: Snapshot, unit: Unit) -> None:
        """The day fixes are due and the shortcomings, once the unit is concluded."""
        name = unit.display_name
        if unit.concluded_on is None:  # no date would do: said at once
            self.app.refuse(RuleError("rule.follow_up_needs_conclusion", unit=name))
            return
        if unit.fixed_on is not None:
            fixed = format_date(unit.fixed_on)
            self.app.refuse(RuleError("rule.already_fixed", unit=name, date=fixed))
            return
        due = unit.fix_by
        if due is None and unit.conclusion is not None and unit.concluded_on is not None:
            due = default_fix_by(seen.plan, unit.conclusion, unit.concluded_on)

        def build(answers: dict[str, str]) -> Change:
            fix_by = parse_date(answers["fix_by"]) if answers["fix_by"].strip() else None
            return set_follow_up(unit, fix_by, split_issues(answers["issues"]))

        fields = (
            Field("fix_by", t("fieldname.fix_by", self.lang), format_date(due), "DD/MM/YYYY"),
            Field(
                "issues",
                t("tui.follow_up.issues", self.lang),
                "; ".join(unit.issues),
                t("tui.follow_up.issues_hint", self.lang),
            ),
        )
        self._ask_form(t("tui.ask.follow_up", self.lang, unit=_name(unit)), fields, build)

    def ask_team(self, seen: Snapshot, unit: Unit) -> None:
        """Who of the team inspects the unit: Enter puts the member chosen on it or off it."""
        team = seen.records.team
        if not team.members:
            self.app.refuse(UserError("tui.team.no_members"))
            return
        assigned = {member.id for member in team.of_unit(unit.key)}

        def answered(member_id: str | None) -> None:
            member = team.member(member_id) if member_id else None
            if member is not None:
                build = unassign if member.id in assigned else assign
                self._submit(lambda: build(team, member, [unit]))

        options = [
            (
                member.id,
                f"{'✓' if member.id in assigned else ' '} {one_line(member.name)} — "
                f"{role_word(member.role, self.lang)}",
            )
            for member in team.ranked()
        ]
        title = t("tui.ask.team", self.lang, unit=_name(unit))
        self.app.open(ChoiceDialog(title, options, None, self.lang), answered)

    # --- the plan's own ---------------------------------------------------------------------

    def ask_member(self, seen: Snapshot, member: Member | None) -> None:
        """Add a member, or change one's role and office (``member``)."""
        team = seen.records.team

        def build(answers: dict[str, str]) -> Change:
            role = parse_choice(answers["role"], ROLES, "role")
            return add_member(team, answers["name"], role, answers["office"])

        fields = (
            Field("name", t("report.col.member", self.lang), member.name if member else ""),
            Field(
                "role",
                t("report.col.role", self.lang),
                str(member.role) if member else "",
                "truong-doan | pho-doan | thanh-vien | thu-ky",
            ),
            Field("office", t("report.col.office", self.lang), member.office if member else ""),
        )
        title = t("tui.ask.member" if member is None else "tui.ask.member_edit", self.lang)
        self._ask_form(title, fields, build)

    def ask_remove_member(self, seen: Snapshot, member: Member) -> None:
        team = seen.records.team
        units = len([key for key, ids in team.assignments.items() if member.id in ids])
        question = t("tui.team.remove_question", self.lang, name=one_line(member.name), n=units)

        def answered(yes: bool | None) -> None:
            if yes:
                self._submit(lambda: remove_member(team, member))

        self.app.open(ConfirmDialog(t("tui.ask.remove", self.lang), question, self.lang), answered)

    def ask_decision(self, seen: Snapshot) -> None:
        team, today = seen.records.team, self.session.today
        decision = team.decision

        def build(answers: dict[str, str]) -> Change:
            return set_decision(
                seen.plan, team, answers["number"], parse_date(answers["on"]), today
            )

        fields = (
            Field(
                "number",
                t("tui.team.decision_number", self.lang),
                decision.number if decision else "",
            ),
            Field(
                "on",
                t("tui.team.decision_on", self.lang),
                format_date(decision.on if decision else today),
                "DD/MM/YYYY",
            ),
        )
        self._ask_form(t("tui.ask.decision", self.lang), fields, build)

    def ask_tthc(self, seen: Snapshot, unit: Unit | None, figures: TthcFigures | None) -> None:
        """One period's figures: a new one (for the body or a unit typed), or ``figures``."""
        today = self.session.today

        def build(answers: dict[str, str]) -> Change:
            target = unit
            if figures is None and answers["unit"].strip():
                target = seen.find(answers["unit"])
            counts = {
                name: parse_count(answers[name], required=name in TTHC_COUNTS[:3])
                for name in TTHC_COUNTS
            }
            on = parse_date(answers["on"]) if answers["on"].strip() else None
            typed = TthcFigures(answers["period"], on=on, **counts)  # type: ignore[arg-type]
            current = target.tthc if target else seen.records.tthc
            return set_tthc(target, current, typed, today)

        def shown(value: int | None) -> str:
            return "" if value is None else str(value)

        fields = [
            Field(
                "period",
                t("tthc.period", self.lang),
                figures.period if figures else "",
                t("tui.tthc.period_hint", self.lang),
            ),
            *(
                Field(
                    name,
                    t(f"tthc.{name}", self.lang),
                    shown(getattr(figures, name) if figures else None),
                )
                for name in TTHC_COUNTS
            ),
            Field(
                "on",
                t("tthc.as_of", self.lang),
                format_date(figures.on if figures else today),
                "DD/MM/YYYY",
            ),
        ]
        if figures is None:
            fields.insert(
                0, Field("unit", t("tui.tthc.unit", self.lang), "", one_line(seen.plan.issuer))
            )
        body = _name(unit) if unit else one_line(seen.plan.issuer)
        title = t("tui.ask.tthc", self.lang, body=body if figures else "")
        self._ask_form(title.rstrip(" —"), fields, build)

    def ask_remove_tthc(self, seen: Snapshot, unit: Unit | None, figures: TthcFigures) -> None:
        body = _name(unit) if unit else one_line(seen.plan.issuer)
        question = t(
            "tui.tthc.remove_question", self.lang, body=body, period=one_line(figures.period)
        )
        current = unit.tthc if unit else seen.records.tthc

        def answered(yes: bool | None) -> None:
            if yes:
                self._submit(lambda: remove_tthc(unit, current, figures.period))

        self.app.open(ConfirmDialog(t("tui.ask.remove", self.lang), question, self.lang), answered)

    # --- shared -------------------------------------------------------------------------------

    def _ask_form(
        self,
        title: str,
        fields: tuple[Field, ...] | list[Field],
        build: Callable[[dict[str, str]], Change],
    ) -> None:
        def check(answers: dict[str, str]) -> str | None:
            return self._problem(lambda: build(answers))

        def answered(answers: dict[str, str] | None) -> None:
            if answers is not None:
                self._submit(lambda: build(answers))

        self.app.open(FormDialog(title, fields, check, self.lang), answered)
