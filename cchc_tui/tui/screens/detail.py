"""One unit in full: its steps with deadlines, conclusion and fixes asked for, its team and
procedure results, checklist, notes and change history."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from cchc_tui.core.dates import format_date, stamp_text
from cchc_tui.core.deadlines import stage, step_statuses
from cchc_tui.core.due_words import step_text
from cchc_tui.core.follow_up import follow_up_text
from cchc_tui.core.i18n import (
    Lang,
    conclusion_word,
    kind_word,
    mode_word,
    stage_word,
    step_word,
    t,
)
from cchc_tui.core.model import Step, Unit
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.team import inspectors_text
from cchc_tui.core.text import one_line
from cchc_tui.core.tthc import figures_sentence
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import UnitEdit
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.unit_keys import UNIT_EDIT_BINDINGS, editable, request_edit
from cchc_tui.tui.screens.base import AppScreen
from cchc_tui.tui.state import State

if TYPE_CHECKING:
    from cchc_tui.tui.app import CchcApp


def unit_lines(snapshot: Snapshot, unit: Unit, today: date, lang: Lang) -> list[str]:
    """The unit's kind, stage and every step with its deadline and when it was done."""
    lines = [
        t(
            "tui.detail.kind",
            lang,
            kind=kind_word(snapshot.plan, unit.kind, lang),
            mode=mode_word(unit.mode, lang).lower(),
        )
        + ("" if unit.in_seed else " " + t("tui.detail.not_in_seed", lang)),
        f"{t('col.stage', lang)}: {stage_word(stage(unit), lang)}",
        "",
        f"{t('tui.detail.steps', lang)}:",
    ]
    for status in step_statuses(snapshot.plan, unit):
        if status.step is Step.SCHEDULE:  # "done on" is the inspection day itself
            day = format_date(unit.inspection_date, "—")
            lines.append(f" • {step_word(status.step, lang)}: {day}")
            continue
        lines.append(f" • {step_text(snapshot.plan, unit, status, today, lang)}")
    if unit.conclusion is not None:
        lines.append(f"{t('col.conclusion', lang)}: {conclusion_word(unit.conclusion, lang)}")
    if follow_up := follow_up_text(unit, lang):
        lines.append(follow_up[0].upper() + follow_up[1:])
    if inspectors := inspectors_text(snapshot.records.team, unit.key):
        lines.append(t("team.inspectors", lang, names=inspectors))
    lines.extend(f"{t('tthc.title', lang)}: {figures_sentence(f, lang)}" for f in unit.tthc)
    return lines


def source_lines(snapshot: Snapshot, unit: Unit, lang: Lang) -> list[str]:
    """Where the unit's checklist items that are not the plan's words come from."""
    by_source: dict[str, list[str]] = {}
    for number, item in enumerate(snapshot.plan.checklist_for(unit.kind), 1):
        if item.source:
            by_source.setdefault(one_line(item.source), []).append(str(number))
    return [
        t("tui.source.item", lang, items=", ".join(numbers), source=source)
        for source, numbers in by_source.items()
    ]


def note_lines(unit: Unit, lang: Lang) -> list[str]:
    if not unit.notes:
        return [t("tui.detail.no_notes", lang)]
    return [
        t(
            "tui.detail.note_by",
            lang,
            at=stamp_text(note.at),
            by=one_line(note.by),
            text=one_line(note.text),
        )
        for note in unit.notes
    ]


class DetailScreen(AppScreen):
    """The unit's page; the same keys as the units pane change it."""

    CSS_PATH = "screens.tcss"

    AUTO_FOCUS = "#detail"  # from the top; Tab goes on to the checklist

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape", "app.pop_screen", "close"),
        *UNIT_EDIT_BINDINGS,
    ]

    def __init__(self, unit_key: str, lang: Lang) -> None:
        super().__init__()
        self.unit_key = unit_key
        self.lang = lang
        self.snapshot: Snapshot | None = None
        self._history_of: tuple[str, object] | None = None  # (plan, file version) shown

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static(id="detail-unit")
            yield ChecklistView(self.lang, id="detail-checklist")
            yield Static(id="detail-sources")
            yield Static(id="detail-notes")
            yield Static(id="detail-history")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.watch(self.app, "state", self.show, init=True)

    def show(self, state: State | None) -> None:
        if state is None:
            return
        snapshot, today = state.snapshot, state.today
        try:
            unit = snapshot.unit(self.unit_key)
        except KeyError:
            self.dismiss()
            return
        self.snapshot = snapshot
        self.title = one_line(unit.display_name)
        self.query_one("#detail-unit", Static).update(
            Content("\n".join(unit_lines(snapshot, unit, today, self.lang)))
        )
        checklist = self.query_one(ChecklistView)
        checklist.show(snapshot, unit.key, today)
        checklist.styles.height = len(checklist.items) + 3
        sources = self.query_one("#detail-sources", Static)
        said = source_lines(snapshot, unit, self.lang)
        sources.update(Content("\n".join(said)))
        sources.display = bool(said)
        notes = [f"{t('tui.detail.notes', self.lang)}:", *note_lines(unit, self.lang)]
        self.query_one("#detail-notes", Static).update(Content("\n".join(notes)))
        # The history changes only when the file does: another day, or the same file
        # shown again, is not read again.
        read_for = (snapshot.plan.number, snapshot.version)
        if read_for != self._history_of:
            self._history_of = read_for
            work = self._show_history(snapshot, unit.key)
            self.run_worker(work, group="history", exclusive=True)

    async def _show_history(self, snapshot: Snapshot, unit_key: str) -> None:
        """The unit's history, read (every record of the file decoded) in a thread."""
        app = cast("CchcApp", self.app)
        history = await app.in_thread(partial(app.unit_history, unit_key, snapshot))
        lines = [
            f"{t('tui.detail.history', self.lang)}:",
            *(history or [t("history.empty", self.lang)]),
        ]
        self.query_one("#detail-history", Static).update(Content("\n".join(lines)))

    def action_edit(self, edit: UnitEdit) -> None:
        request_edit(self, self.unit_key, edit)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return editable(self.snapshot, action, ("edit",))
