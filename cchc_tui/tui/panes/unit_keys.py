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


def request_edit(node: Widget, unit_key: str | None, edit: UnitEdit) -> None:
    """Ask the app (by message from ``node``) to change the unit, if there is one.

    The units pane and the detail screen call it from their ``edit`` action (and
    ``editable`` from their ``check_action``) rather than inherit both from a mixin, whose
    place among a Textual class's bases would decide which ``check_action`` runs.
    """
    if unit_key is not None:
        node.post_message(EditRequested(unit_key, edit))
