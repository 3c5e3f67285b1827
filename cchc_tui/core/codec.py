"""Plans and units to and from plain JSON-able dicts, the shape they have on disk.

Pure: the store reads the file and hands the dicts here. Field paths in edits are
``"field"`` or ``"field.key"`` (one level into ``items`` or ``notes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cchc_tui.core.dates import to_iso
from cchc_tui.core.model import (
    ChecklistItem,
    Conclusion,
    ItemResult,
    Kind,
    Mode,
    Note,
    Plan,
    Unit,
    Verdict,
)

UNIT_DATE_FIELDS = ("inspection_date", "notified_on", "report_on", "inspected_on", "concluded_on")


class FieldProblem(ValueError):
    """A stored record lacks a field or holds a value of the wrong shape."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _get(record: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = record.get(name)
    if not isinstance(value, kind):
        raise FieldProblem(name)
    return value


def _date(record: Mapping[str, Any], name: str, required: bool = False) -> date | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FieldProblem(name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FieldProblem(name) from None


def _code(record: Mapping[str, Any], name: str, enum: type[Any], required: bool = True) -> Any:
    value = record.get(name)
    if value is None and not required:
        return None
    try:
        return enum(value)
    except ValueError:
        raise FieldProblem(name) from None


def plan_from_dict(record: Mapping[str, Any]) -> Plan:
    checklists_raw = _get(record, "checklists", dict)
    checklists: dict[Kind, tuple[ChecklistItem, ...]] = {}
    for kind_code, items in checklists_raw.items():
        kind = _code({"kind": kind_code}, "kind", Kind)
        if not isinstance(items, list):
            raise FieldProblem(f"checklists.{kind_code}")
        checklists[kind] = tuple(
            ChecklistItem(_get(item, "id", str), _get(item, "text", str)) for item in items
        )
    return Plan(
        number=_get(record, "number", str),
        title=_get(record, "title", str),
        issuer=_get(record, "issuer", str),
        issued_on=_date(record, "issued_on", required=True),  # type: ignore[arg-type]
        based_on=tuple(_get(record, "based_on", list)),
        period=_get(record, "period", str),
        window=_get(record, "window", str),
        window_start=_date(record, "window_start", required=True),  # type: ignore[arg-type]
        window_end=_date(record, "window_end", required=True),  # type: ignore[arg-type]
        self_report_before=_date(record, "self_report_before", required=True),  # type: ignore[arg-type]
        notify_lead_days=_get(record, "notify_lead_days", int),
        report_lead_days=_get(record, "report_lead_days", int),
        receiver=_get(record, "receiver", str),
        checklists=checklists,
    )


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return {
        "number": plan.number,
        "title": plan.title,
        "issuer": plan.issuer,
        "issued_on": to_iso(plan.issued_on),
        "based_on": list(plan.based_on),
        "period": plan.period,
        "window": plan.window,
        "window_start": to_iso(plan.window_start),
        "window_end": to_iso(plan.window_end),
        "self_report_before": to_iso(plan.self_report_before),
        "notify_lead_days": plan.notify_lead_days,
        "report_lead_days": plan.report_lead_days,
        "receiver": plan.receiver,
        "checklists": {
            str(kind): [{"id": item.id, "text": item.text} for item in items]
            for kind, items in plan.checklists.items()
        },
    }


def unit_from_dict(record: Mapping[str, Any]) -> Unit:
    items_raw = record.get("items") or {}
    notes_raw = record.get("notes") or {}
    if not isinstance(items_raw, dict):
        raise FieldProblem("items")
    if not isinstance(notes_raw, dict):
        raise FieldProblem("notes")
    items = {}
    for item_id, result in items_raw.items():
        if result is None:
            continue
        if not isinstance(result, dict):
            raise FieldProblem(f"items.{item_id}")
        items[item_id] = ItemResult(
            _code(result, "verdict", Verdict, required=False), result.get("note") or ""
        )
    notes = tuple(
        sorted(
            (
                Note(note_id, _get(note, "text", str), _get(note, "by", str), _get(note, "at", str))
                for note_id, note in notes_raw.items()
                if note is not None
            ),
            key=lambda note: note.at,
        )
    )
    return Unit(
        key=_get(record, "key", str),
        name=_get(record, "name", str),
        kind=_code(record, "kind", Kind),
        mode=_code(record, "mode", Mode),
        in_seed=bool(record.get("in_seed", False)),
        title=record.get("title") or "",
        inspection_date=_date(record, "inspection_date"),
        notified_on=_date(record, "notified_on"),
        report_on=_date(record, "report_on"),
        inspected_on=_date(record, "inspected_on"),
        conclusion=_code(record, "conclusion", Conclusion, required=False),
        concluded_on=_date(record, "concluded_on"),
        items=items,
        notes=notes,
    )


def unit_to_dict(unit: Unit, plan_number: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "plan": plan_number,
        "key": unit.key,
        "name": unit.name,
        "title": unit.title,
        "kind": str(unit.kind),
        "mode": str(unit.mode),
        "in_seed": unit.in_seed,
    }
    for name in UNIT_DATE_FIELDS:
        record[name] = to_iso(getattr(unit, name))
    record["conclusion"] = str(unit.conclusion) if unit.conclusion else None
    record["items"] = {
        item_id: {"verdict": str(result.verdict) if result.verdict else None, "note": result.note}
        for item_id, result in unit.items.items()
    }
    record["notes"] = {
        note.id: {"text": note.text, "by": note.by, "at": note.at} for note in unit.notes
    }
    return record


def read_field(record: Mapping[str, Any], path: str) -> Any:
    head, _, key = path.partition(".")
    if not key:
        return record.get(head)
    container = record.get(head) or {}
    return container.get(key)


def write_field(record: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``record``; ``None`` one level down removes the entry."""
    head, _, key = path.partition(".")
    if not key:
        record[head] = value
        return
    container = dict(record.get(head) or {})
    if value is None:
        container.pop(key, None)
    else:
        container[key] = value
    record[head] = container
