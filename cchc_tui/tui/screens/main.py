"""The main screen: plan, units with checklist, calendar with agenda; stacked when narrow.

Panes post messages up; this screen moves between panes and points the checklist at
the unit under the cursor. Changes go on up to the app, which owns the store.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.keys import AppKeysFirst, LocalisedBindings, bind, focus_now
from cchc_tui.tui.messages import JumpToUnit, OpenDetail, UnitHighlighted
from cchc_tui.tui.panes.agenda import AgendaList
from cchc_tui.tui.panes.calendar import CalendarPane, MonthGrid
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.plan import PlanPane
from cchc_tui.tui.panes.units import UnitsPane, UnitsTable
from cchc_tui.tui.state import State

# Below this many columns or rows one pane shows at a time (1 2 3 or Tab switch).
NARROW_WIDTH, NARROW_HEIGHT = 110, 30
PANES = ("plan", "units", "calendar")


class MainScreen(AppKeysFirst, LocalisedBindings, Screen[None]):
    """The three panes; on a small terminal only the current one shows."""

    AUTO_FOCUS = "UnitsTable"
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("1", "pane('plan')", "pane-plan", show=False),
        bind("2", "pane('units')", "pane-units", show=False),
        bind("3", "pane('calendar')", "pane-calendar", show=False),
        bind("tab", "cycle(1)", "next-pane", show=False),
        bind("shift+tab", "cycle(-1)", "prev-pane", show=False),
    ]

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.state: State | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="read-only")
        with Container(id="panes"):
            yield PlanPane(self.lang, id="plan")
            yield UnitsPane(self.lang, id="units")
            yield CalendarPane(self.lang, id="calendar")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#units").add_class("-current")
        self.watch(self.app, "state", self.show, init=True)

    # --- data down ------------------------------------------------------------------------

    def show(self, state: State | None) -> None:
        """Push a new snapshot into every pane."""
        if state is None:
            return
        self.state = state
        snapshot, today = state.snapshot, state.today
        banner = self.query_one("#read-only", Static)
        banner.display = snapshot.read_only
        banner.update(Content(t("tui.read_only_banner", self.lang, reason=state.read_only_reason)))
        self.query_one(PlanPane).show(snapshot)
        self.query_one(UnitsPane).show(snapshot, today)
        self.query_one(CalendarPane).show(snapshot, today)
        self._point_checklist(self.query_one(UnitsTable).selected_key)

    def _point_checklist(self, unit_key: str | None) -> None:
        if self.state is not None:
            self.query_one(ChecklistView).show(self.state.snapshot, unit_key, self.state.today)

    # --- messages up ----------------------------------------------------------------------

    @on(UnitHighlighted)
    def _unit_highlighted(self, message: UnitHighlighted) -> None:
        self._point_checklist(message.unit_key)

    @on(JumpToUnit)
    def _jump(self, message: JumpToUnit) -> None:
        self.query_one(UnitsPane).select_key(message.unit_key)
        focus_now(self.query_one(UnitsTable))

    @on(OpenDetail)
    def _open_detail(self, message: OpenDetail) -> None:
        from cchc_tui.tui.screens.detail import DetailScreen

        self.app.push_screen(DetailScreen(message.unit_key, self.lang))

    # --- panes ----------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH or event.size.height < NARROW_HEIGHT
        self.query_one("#panes").set_class(narrow, "-narrow")
        self._make_current(self._current())

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        pane = self._pane_of(event.widget)
        if pane is not None and pane is not self._current():
            self._make_current(pane)

    def _current(self) -> Widget:
        return self.query_one("#panes > .-current")

    def _make_current(self, pane: Widget) -> None:
        """Mark the pane in use; on a narrow screen it is the only one shown."""
        panes = self.query_one("#panes")
        for other in panes.children:
            other.set_class(other is pane, "-current")
            other.display = other is pane or not panes.has_class("-narrow")

    def _pane_of(self, widget: Widget) -> Widget | None:
        for node in widget.ancestors_with_self:
            if isinstance(node, Widget) and node.id in PANES:
                return node
        return None

    def _stops(self) -> list[Widget]:
        """Where Tab stops, in order: one or two per pane."""
        return [
            self.query_one(PlanPane),
            self.query_one(UnitsTable),
            self.query_one(ChecklistView),
            self.query_one(MonthGrid),
            self.query_one(AgendaList),
        ]

    def action_pane(self, pane: str) -> None:
        target = {
            "plan": self.query_one(PlanPane),
            "units": self.query_one(UnitsTable),
            "calendar": self.query_one(MonthGrid),
        }[pane]
        self._show_and_focus(target)

    def action_cycle(self, step: int) -> None:
        stops = self._stops()
        focused = self.focused
        chain = focused.ancestors_with_self if focused is not None else []
        here = next((n for n, stop in enumerate(stops) if stop in chain), None)
        if here is None:  # e.g. the filter box: count from its pane's first stop
            pane = self._pane_of(focused) if focused is not None else None
            here = next((n for n, stop in enumerate(stops) if self._pane_of(stop) is pane), -1)
        self._show_and_focus(stops[(here + step) % len(stops)])

    def _show_and_focus(self, widget: Widget) -> None:
        pane = self._pane_of(widget)
        if pane is not None:
            self._make_current(pane)
        focus_now(widget)
