"""From "change this unit" to a store job: ask what is missing, check it, hand it to the app.

Dialogs check each answer against the workflow as the person types (the same rules
the store job will apply), so a wrong date is explained before the dialog closes.
The change is built from the snapshot the person saw when they pressed the key: if
someone else changed the same field meanwhile, the store refuses with a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from secrets import token_hex
from typing import TYPE_CHECKING

from cchc_tui.core.due_words import schedule_said
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import conclusion_word, error_text, step_word, t, verdict_word
from cchc_tui.core.model import (
    VERDICT_CYCLE,
    ChecklistItem,
    Conclusion,
    ItemResult,
    Step,
    Unit,
    Verdict,
)
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import (
    Change,
    add_note,
    conclude,
    mark,
    schedule,
    set_item,
)
from cchc_tui.tui.dialogs.choice import ChoiceDialog, VerdictDialog
from cchc_tui.tui.dialogs.date import DateDialog, DateWarnings
from cchc_tui.tui.dialogs.text import TextDialog
from cchc_tui.tui.messages import EditRequested

if TYPE_CHECKING:
    from cchc_tui.tui.app import CchcApp

# Refusals that no other date would fix: say them at once instead of opening a dialog.
_NOT_ABOUT_THE_DATE = {
    "rule.self_no_schedule",
    "rule.already_inspected",
    "rule.self_step",
    "rule.already_done",
    "rule.needs_step",
    "rule.no_follow_up",
}
NOT_ASSESSED = "none"  # the verdict dialog's value for "not assessed yet"
_MARKED_STEPS = {
    "notified": Step.NOTIFIED,
    "report": Step.REPORT,
    "inspected": Step.INSPECTED,
    "fixed": Step.FIXED,
}


class Editor:
    """Turns one ``EditRequested`` into dialogs and a job for the app."""

    def __init__(self, app: CchcApp) -> None:
        self.app = app
        self.session = app.session
        self.lang = app.lang

    def handle(self, request: EditRequested) -> None:
        seen = self.app.snapshot
        try:
            unit = seen.unit(request.unit_key)
        except KeyError:
            return
        self._edit_unit(seen, unit, request)

    def _edit_unit(self, seen: Snapshot, unit: Unit, request: EditRequested) -> None:
        edit = request.edit
        if edit == "schedule":
            title = t("tui.ask.schedule", self.lang, unit=_name(unit))
            warn = partial(self._schedule_warnings, seen, unit)
            self._ask_date(seen, unit, title, unit.inspection_date, self._schedule, warn)
        elif edit in _MARKED_STEPS:
            step = _MARKED_STEPS[edit]
            title = t("tui.ask.mark", self.lang, step=step_word(step, self.lang), unit=_name(unit))
            self._ask_date(seen, unit, title, self.session.today, self._marking(step))
        elif edit == "conclude":
            self._ask_conclusion(seen, unit)
        elif edit == "note":
            self._ask_note(seen, unit)
        elif request.item_id is not None:
            item = next(i for i in seen.plan.checklist_for(unit.kind) if i.id == request.item_id)
            if edit == "verdict":
                self._ask_verdict(seen, unit, item)
            else:
                self._ask_item_note(seen, unit, item)

    # --- building changes ---------------------------------------------------------------

    def _schedule(self, seen: Snapshot, unit: Unit, day: date) -> Change:
        return schedule(seen.plan, unit, day)

    def _schedule_warnings(self, seen: Snapshot, unit: Unit, day: date) -> list[str]:
        return schedule_said(seen, unit, day, self.session.today, self.lang)

    def _marking(self, step: Step) -> Callable[[Snapshot, Unit, date], Change]:
        def build(seen: Snapshot, unit: Unit, day: date) -> Change:
            return mark(seen.plan, unit, step, day, self.session.today)

        return build

    def _submit(self, build: Callable[[], Change]) -> None:
        self.app.run_job(lambda _: self.session.apply(build))

    def _problem(self, build: Callable[[], Change]) -> str | None:
        """Why the workflow refuses this change, or None."""
        try:
            build()
        except UserError as error:
            return error_text(error, self.lang)
        return None

    # --- asking -------------------------------------------------------------------------

    def _ask_date(
        self,
        seen: Snapshot,
        unit: Unit,
        title: str,
        initial: date | None,
        build: Callable[[Snapshot, Unit, date], Change],
        warn: DateWarnings | None = None,
    ) -> None:
        try:
            build(seen, unit, initial or self.session.today)
        except UserError as error:
            if error.key in _NOT_ABOUT_THE_DATE:
                self.app.refuse(error)
                return

        def check(day: date) -> str | None:
            return self._problem(lambda: build(seen, unit, day))

        def answered(day: date | None) -> None:
            if day is not None:
                self._submit(lambda: build(seen, unit, day))

        self.app.open(DateDialog(title, initial, check, self.lang, warn), answered)

    def _ask_conclusion(self, seen: Snapshot, unit: Unit) -> None:
        def answered(value: str | None) -> None:
            if value is not None:
                self._submit(lambda: conclude(unit, Conclusion(value), self.session.today))

        try:  # a unit not yet inspected (or reported) cannot be concluded whatever is chosen
            probe = next(c for c in Conclusion if c is not unit.conclusion)
            conclude(unit, probe, self.session.today)
        except UserError as error:
            self.app.refuse(error)
            return
        options = [(str(c), conclusion_word(c, self.lang)) for c in Conclusion]
        current = str(unit.conclusion) if unit.conclusion else None
        title = t("tui.ask.conclude", self.lang, unit=_name(unit))
        self.app.open(ChoiceDialog(title, options, current, self.lang), answered)

    def _ask_note(self, seen: Snapshot, unit: Unit) -> None:
        def build(text: str) -> Change:
            return add_note(
                unit, text, self.session.user, datetime.now().astimezone(), token_hex(4)
            )

        def answered(text: str | None) -> None:
            if text is not None:
                self._submit(lambda: build(text))

        def check(text: str) -> str | None:
            return self._problem(lambda: build(text))

        title = t("tui.ask.note", self.lang, unit=_name(unit))
        self.app.open(TextDialog(title, "", check, self.lang), answered)

    def _ask_verdict(self, seen: Snapshot, unit: Unit, item: ChecklistItem) -> None:
        """One verdict per sitting: v or space move through them in the dialog (as they
        used to cycle, one history entry each), Enter records the one chosen."""
        current = unit.items.get(item.id, ItemResult()).verdict
        following = VERDICT_CYCLE[(VERDICT_CYCLE.index(current) + 1) % len(VERDICT_CYCLE)]

        def answered(value: str | None) -> None:
            chosen = None if value in (None, NOT_ASSESSED) else Verdict(value)
            if value is not None and chosen != current:
                self._submit(lambda: set_item(seen.plan, unit, item, chosen))

        options = [(str(v or NOT_ASSESSED), verdict_word(v, self.lang)) for v in VERDICT_CYCLE]
        title = t("tui.ask.verdict", self.lang, item=one_line(item.text, 40), unit=_name(unit))
        offered = str(following or NOT_ASSESSED)
        self.app.open(VerdictDialog(title, options, offered, self.lang), answered)

    def _ask_item_note(self, seen: Snapshot, unit: Unit, item: ChecklistItem) -> None:
        verdict = unit.items.get(item.id, ItemResult()).verdict
        current = unit.items.get(item.id, ItemResult()).note

        def build(text: str) -> Change:
            return set_item(seen.plan, unit, item, verdict, text)

        def answered(text: str | None) -> None:
            if text is not None and text != current:
                self._submit(lambda: build(text))

        def check(text: str) -> str | None:
            return None if text == current else self._problem(lambda: build(text))

        title = t("tui.ask.item_note", self.lang, item=one_line(item.text, 40), unit=_name(unit))
        self.app.open(TextDialog(title, current, check, self.lang), answered)


def _name(unit: Unit) -> str:
    return one_line(unit.display_name)
