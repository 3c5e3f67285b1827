"""Putting recorded changes into words, for `history`, `undo` and the TUI's reload notice."""

from __future__ import annotations

from cchc_tui.core.i18n import Lang, field_word, t, value_text
from cchc_tui.core.model import Unit
from cchc_tui.core.snapshot import HistoryEntry, Snapshot
from cchc_tui.core.text import one_line


def describe_entry(entry: HistoryEntry, snapshot: Snapshot, lang: Lang) -> tuple[str, str]:
    """(unit name, what changed) for one history entry."""
    unit_name = ""
    unit: Unit | None = None
    if entry.unit is not None:
        try:
            unit = snapshot.unit(entry.unit)
            unit_name = unit.display_name
        except KeyError:
            unit_name = entry.unit
    action = t(f"action.{entry.action}", lang) if entry.action in _ACTIONS else entry.action
    if entry.action == "import" or (entry.action == "undo" and entry.unit is None):
        return unit_name, f"{action} {entry.args.get('plan', '')}".strip()
    if entry.undoes is not None:
        action = t("history.undo", lang, id=entry.undoes)
    changes = "; ".join(
        f"{_field_label(edit.field, unit, snapshot, lang)}: "
        f"{value_text(edit.old, lang)} → {value_text(edit.new, lang)}"
        for edit in entry.edits
    )
    return one_line(unit_name), f"{action}: {changes}" if changes else action


def _field_label(field: str, unit: Unit | None, snapshot: Snapshot, lang: Lang) -> str:
    """The field as people say it; a checklist item also says which item it was."""
    label = field_word(field, lang)
    head, _, item_id = field.partition(".")
    if head != "items" or unit is None:
        return label
    texts = {item.id: item.text for item in snapshot.plan.checklist_for(unit.kind)}
    return f"{label} “{one_line(texts.get(item_id, item_id), 40)}”"


_ACTIONS = ("schedule", "mark", "conclude", "item", "note", "import", "undo")
