"""The main screen: the panes of ``registry.PANES`` in a grid; stacked when narrow.

Panes post messages up; the state comes down by ``data_bind``. This screen moves
between panes and points the checklist at the unit under the cursor; changes go on up
to the app, which owns the store. The units pane, where the keys go, is drawn in the
first frame; the plan and calendar panes (``Later``) one frame later.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.later import Later
from cchc_tui.tui.messages import JumpToUnit, UnitHighlighted
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.units import UnitsPane, UnitsTable
from cchc_tui.tui.registry import (
    PANE_IDS,
    PANES,
    grid_css,
    in_grid_order,
    load,
    pane_bindings,
)
from cchc_tui.tui.screens.base import AppScreen
from cchc_tui.tui.state import State

# Below this many columns or rows one pane shows at a time (1 2 3 or Tab switch);
# from ROOMY_WIDTH on, the plan and calendar column widens.
NARROW_WIDTH, NARROW_HEIGHT, ROOMY_WIDTH = 110, 30, 160


class MainScreen(AppScreen):
    """The panes of the registry; on a small terminal only the current one shows."""

    DEFAULT_CSS = grid_css()
    AUTO_FOCUS = "UnitsTable"
    BINDINGS: ClassVar[list[BindingType]] = [
        *pane_bindings(),
        bind("tab", "cycle(1)", "next-pane", show=False),
        bind("shift+tab", "cycle(-1)", "prev-pane", show=False),
    ]

    state: reactive[State | None] = reactive(None, always_update=True, init=False)

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="read-only")
        with Container(id="panes"):
            for pane in in_grid_order():
                widget = load(pane.widget)(self.lang, id=pane.id).data_bind(MainScreen.state)
                # The pane in the first frame is current (the keys go to it). Set before
                # mounting, without a restyle: mounting styles it once, with the class.
                widget.set_class(not pane.later, "-current", update=False)
                yield Later(widget) if pane.later else widget
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.watch(self.app, "state", self._set_state, init=True)

    def _set_state(self, state: State | None) -> None:
        self.state = state

    # --- data down ------------------------------------------------------------------------

    def watch_state(self, state: State | None) -> None:
        """The panes follow by ``data_bind``; here the banner and the checklist."""
        if state is None:
            return
        banner = self.query_one("#read-only", Static)
        banner.display = state.snapshot.read_only
        banner.update(Content(t("tui.read_only_banner", self.lang, reason=state.read_only_reason)))
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
        self.query_one(UnitsTable).focus()

    # --- panes ----------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH or event.size.height < NARROW_HEIGHT
        panes = self.query_one("#panes")
        panes.set_class(narrow, "-narrow")
        panes.set_class(event.size.width >= ROOMY_WIDTH, "-roomy")
        self._make_current(self._current())

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        pane = self._pane_of(event.widget)
        if pane is not None and pane is not self._current():
            self._make_current(pane)

    def _current(self) -> Widget:
        return self.query_one("#panes > .-current")

    def _make_current(self, pane: Widget) -> None:
        """Mark the pane in use; on a narrow screen the stylesheet shows only that one.

        It is also shown at once (inline), so that it can take the focus before the
        stylesheet has been applied again.
        """
        for other in self.query_one("#panes").children:
            if other.id in PANE_IDS:
                other.set_class(other is pane, "-current")
                other.styles.clear_rule("display")
        pane.display = True

    def _pane_of(self, widget: Widget) -> Widget | None:
        for node in widget.ancestors_with_self:
            if isinstance(node, Widget) and node.id in PANE_IDS:
                return node
        return None

    def _stops(self) -> list[Widget]:
        """Where Tab stops, in order: one or two per pane (once the panes are mounted)."""
        return [
            widget for pane in PANES for stop in pane.stops for widget in self.query(load(stop))
        ]

    def action_pane(self, pane_id: str, tries: int = 10) -> None:
        pane = next(pane for pane in PANES if pane.id == pane_id)
        targets = self.query(load(pane.stops[0]))
        if targets:
            self._show_and_focus(targets.first())
        elif tries:  # pressed in the first frame, before the lazy panes are mounted
            self.call_after_refresh(self.action_pane, pane_id, tries - 1)

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
        widget.focus()
