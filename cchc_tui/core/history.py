"""Putting recorded changes into words, for `history`, `undo` and the TUI's reload notice."""

from __future__ import annotations

from datetime import date
from typing import Any

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import Lang, conclusion_word, field_word, t, verdict_word
from cchc_tui.core.model import Conclusion, Unit, Verdict
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
        f"{_value(edit.old, lang)} → {_value(edit.new, lang)}"
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


def _value(value: Any, lang: Lang) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        if "text" in value:
            return f"“{one_line(value['text'], 60)}”"
        verdict = value.get("verdict")
        shown = verdict_word(Verdict(verdict), lang) if verdict in set(Verdict) else "—"
        return f"{shown} “{one_line(value['note'], 40)}”" if value.get("note") else shown
    if isinstance(value, str):
        if value in set(Conclusion):
            return conclusion_word(Conclusion(value), lang)
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return one_line(value, 60)
    return str(value)
