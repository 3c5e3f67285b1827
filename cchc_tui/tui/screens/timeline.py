"""The timeline screen (L): the grid of the plan's direct inspections by day, and under it the
legend, the units with no day yet and the clashes. Worked out in a thread from the state
on screen (a national plan has thousands of rows), drawn by ``TimelineGrid``."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from cchc_tui.core.i18n import t
from cchc_tui.core.model import Plan
from cchc_tui.core.text import one_line
from cchc_tui.core.timeline import Timeline, build_timeline
from cchc_tui.core.timeline_text import footer_lines
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.panes.timeline import TimelineGrid
from cchc_tui.tui.screens.panel import PanelScreen
from cchc_tui.tui.state import State


class TimelineScreen(PanelScreen):
    """The timeline of the plan on screen."""

    AUTO_FOCUS = "TimelineGrid"

    def compose(self) -> ComposeResult:
        yield Header()
        yield TimelineGrid(self.lang, id="timeline-grid")
        with VerticalScroll(id="timeline-notes"):
            yield Static(id="timeline-said")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one(TimelineGrid).border_title = Content(t("tui.pane.timeline", self.lang))
        super().on_mount()

    def show_state(self, state: State) -> None:
        plan = state.snapshot.plan
        self.title = t("tui.timeline_title", self.lang, number=one_line(plan.number))
        build = partial(self._build, state)
        # Described by hand: Textual would describe it by repr() of 10,000 units.
        self.run_worker(
            build, description="timeline", group="timeline", exclusive=True, thread=True
        )

    def _build(self, state: State) -> None:
        plan = state.snapshot.plan
        snapshot = state.snapshot
        timeline = build_timeline(plan, snapshot.units, state.today, snapshot.records.team)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, plan, timeline)

    def _show(self, plan: Plan, timeline: Timeline) -> None:
        self.query_one(TimelineGrid).show(timeline)
        said = footer_lines(timeline, plan, self.lang)
        if not timeline.rows:
            said.insert(0, t("timeline.empty", self.lang))
        self.query_one("#timeline-said", Static).update(Content("\n".join(said)))
