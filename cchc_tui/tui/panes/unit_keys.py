"""The keys that change a unit, shared by the units pane and the unit detail screen."""

from __future__ import annotations

from collections.abc import Collection

from textual.binding import BindingType
from textual.widget import Widget

from cchc_tui.core.snapshot import Snapshot
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import EditRequested, UnitEdit

UNIT_EDIT_BINDINGS: list[BindingType] = [
    bind("d", "edit('schedule')", "schedule"),
    bind("n", "edit('notified')", "mark-notified"),
    bind("r", "edit('report')", "mark-report"),
    bind("i", "edit('inspected')", "mark-inspected"),
    bind("c", "edit('conclude')", "conclude"),
    bind("a", "edit('note')", "add-note"),
    # After the inspection, less used: in the help (?), not in the footer's line.
    bind("f", "edit('follow-up')", "follow-up", show=False),
    bind("x", "edit('fixed')", "mark-fixed", show=False),
    bind("t", "edit('team')", "assign-team", show=False),
]


def editable(snapshot: Snapshot | None, action: str, edit_actions: Collection[str]) -> bool:
    """Whether ``action`` may run: edits are hidden and refused on a read-only file."""
    return not (action in edit_actions and snapshot is not None and snapshot.read_only)


class UnitEditKeys(Widget):
    """Mixin for widgets whose ``edit`` action asks the app to change the unit they show.

    List it after the widget's Textual base: Textual takes default CSS and focus settings
    along the first base only.

    Subclasses list ``UNIT_EDIT_BINDINGS`` in their ``BINDINGS`` where they want them
    in the footer, and say which unit and snapshot they show.
    """

    def edit_unit_key(self) -> str | None:
        raise NotImplementedError

    def edit_snapshot(self) -> Snapshot | None:
        raise NotImplementedError

    def action_edit(self, edit: UnitEdit) -> None:
        key = self.edit_unit_key()
        if key is not None:
            self.post_message(EditRequested(key, edit))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return editable(self.edit_snapshot(), action, ("edit",))
