"""What the panels about the plan as a whole share: a screen over the main one, following
the state the app shows, with a list whose keys ask the app for changes; Escape or q goes
back."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType

from cchc_tui.core.i18n import Lang
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import PlanEditRequested
from cchc_tui.tui.panes.unit_keys import editable
from cchc_tui.tui.panes.virtual_list import VirtualList
from cchc_tui.tui.screens.base import AppScreen
from cchc_tui.tui.state import State


class PanelScreen(AppScreen):
    """Subclasses compose their widgets and show each new state."""

    CSS_PATH = "screens.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [bind("escape,q", "app.pop_screen", "close")]

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def on_mount(self) -> None:
        self.watch(self.app, "state", self._follow, init=True)

    def _follow(self, state: State | None) -> None:
        if state is not None:
            self.show_state(state)

    def show_state(self, state: State) -> None:
        raise NotImplementedError


class RecordList(VirtualList):
    """A panel's list: its edit keys post ``PlanEditRequested``, hidden on a read-only file."""

    EDIT_ACTIONS: ClassVar[tuple[str, ...]] = ("request",)

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.snapshot: Snapshot | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return editable(self.snapshot, action, self.EDIT_ACTIONS)

    def action_request(self, edit: str) -> None:
        request = self.request(edit)
        if request is not None:
            self.post_message(request)

    def request(self, edit: str) -> PlanEditRequested | None:
        """The change ``edit`` asks for on the row under the cursor (None: nothing to do)."""
        raise NotImplementedError
