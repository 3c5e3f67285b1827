"""What the screens show: one snapshot seen on one day, and the panes that show it.

Compared by identity (``eq=False``): a new ``State`` always repaints, and comparing two
snapshots of 10,000 units field by field would cost more than the repaint.
"""

from __future__ import annotations

from datetime import date

from msgspec import Struct
from textual.reactive import reactive
from textual.widget import Widget

from cchc_tui.core.snapshot import Snapshot


class State(Struct, frozen=True, eq=False):
    """The snapshot on screen, the day its countdowns count from, why edits are off if so."""

    snapshot: Snapshot
    today: date
    read_only_reason: str = ""


class ShowsState(Widget):
    """Mixin for panes bound to their screen's ``state`` (``data_bind``): shown when it changes.

    Bound rather than called, so a pane mounted later (``Later``) gets the state on mount.
    ``data_bind`` needs the reactive on the pane itself, and a mixin declares it once for
    every pane. It adds no CSS and no ``check_action``, so listing it after the pane's
    Textual base (where Textual looks for default CSS and focus settings) is all its place
    among the bases decides.
    """

    state: reactive[State | None] = reactive(None, always_update=True, init=False)

    def watch_state(self, state: State | None) -> None:
        if state is not None:
            self.show_state(state)

    def show_state(self, state: State) -> None:
        raise NotImplementedError
