"""Units to and from plain JSON-able dicts, the shape they have on disk (the plan's are in
``codec_plan``).

Pure: the store reads the file and hands the dicts here. Field paths in edits are
``"field"`` or ``"field.key"`` (one level into ``items`` or ``notes``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any

from cchc_tui.core.codec_cycle import (
    evidence_problem,
    issues_from,
    issues_problem,
    item_to_dict,
    items_from_dict,
    tthc_from_dict,
    tthc_key,
    tthc_to_dict,
)
from cchc_tui.core.codec_fields import coded, iso_day, optional_text, typed
from cchc_tui.core.dates import to_iso
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.model import (
    Conclusion,
    Mode,
    Note,
    Unit,
    Verdict,
)

UNIT_DATE_FIELDS = (
    "inspection_date",
    "notified_on",
    "report_on",
    "inspected_on",
    "concluded_on",
    "report_sent_on",
    "fix_by",
    "fixed_on",
)


def unit_from_dict(record: Mapping[str, Any]) -> Unit:
    """The unit a stored record describes; ``FieldProblem`` names the first bad field.

    The reference reading: for a change, for ``check``, and for a record that the store's
    load (``codec_units``, msgspec, strict) refuses. It is lenient where files written by
    hand or by older versions are (a null title, a null evidence list); any malformed
    value makes one of its steps raise, and ``_unit_problem`` then walks the record again
    slowly to name the field.
    """
    get = record.get
    try:
        key = get("key")
        name = get("name")
        kind = get("kind")
        mode = _MODES[get("mode")]
        inspection_date = get("inspection_date")
        notified_on = get("notified_on")
        report_on = get("report_on")
        inspected_on = get("inspected_on")
        concluded_on = get("concluded_on")
        report_sent_on = get("report_sent_on")
        fix_by = get("fix_by")
        fixed_on = get("fixed_on")
        title = get("title") or ""
        report_ref = get("report_ref") or ""
        if not (
            isinstance(key, str)
            and isinstance(name, str)
            and isinstance(kind, str)
            and isinstance(title, str)
            and isinstance(report_ref, str)
        ):
            raise _Malformed
        return Unit(
            key,
            name,
            kind,
            mode,
            bool(get("in_seed", False)),
            title,
            None if inspection_date is None else _from_iso(inspection_date),
            None if notified_on is None else _from_iso(notified_on),
            None if report_on is None else _from_iso(report_on),
            None if inspected_on is None else _from_iso(inspected_on),
            _CONCLUSIONS[get("conclusion")],
            None if concluded_on is None else _from_iso(concluded_on),
            items_from_dict(items) if (items := get("items")) else {},
            _notes_from_dict(notes) if (notes := get("notes")) else (),
            None if report_sent_on is None else _from_iso(report_sent_on),
            report_ref,
            issues_from(issues) if (issues := get("issues")) else (),
            None if fix_by is None else _from_iso(fix_by),
            None if fixed_on is None else _from_iso(fixed_on),
            tthc_from_dict(tthc) if (tthc := get("tthc")) else (),
        )
    except (_Malformed, KeyError, TypeError, ValueError, AttributeError):
        problem = _unit_problem(record)
        if problem is None:
            raise
        raise problem from None


class _Malformed(Exception):
    """A value of the wrong type that no conversion below would reject by itself."""


_MODES: dict[Any, Mode] = {str(mode): mode for mode in Mode}
_CONCLUSIONS: dict[Any, Conclusion | None] = {None: None, **{str(c): c for c in Conclusion}}
_from_iso = date.fromisoformat
_note_time = attrgetter("at")


def _notes_from_dict(raw: dict[str, Any]) -> tuple[Note, ...]:
    notes = []
    for note_id, note in raw.items():
        if note is None:
            continue
        text, by, at = note.get("text"), note.get("by"), note.get("at")
        if not (isinstance(text, str) and isinstance(by, str) and isinstance(at, str)):
            raise _Malformed
        notes.append(Note(note_id, text, by, at))
    return notes_in_order(notes)


def notes_in_order(notes: list[Note]) -> tuple[Note, ...]:
    """A unit's notes as the model holds them, oldest first: the file keeps them by id."""
    notes.sort(key=_note_time)
    return tuple(notes)


def _unit_problem(record: Mapping[str, Any]) -> FieldProblem | None:
    """The first field of ``record`` that ``unit_from_dict`` cannot take, checked one by one."""
    checks: list[Callable[[], object]] = [
        partial(typed, record, "key", str),
        partial(typed, record, "name", str),
        partial(optional_text, record, "title"),
        partial(optional_text, record, "report_ref"),
        partial(typed, record, "kind", str),
        partial(coded, record, "mode", Mode),
        *(partial(iso_day, record, name) for name in UNIT_DATE_FIELDS),
        partial(coded, record, "conclusion", Conclusion, required=False),
    ]
    for container in ("items", "notes"):
        entries = record.get(container) or {}
        if not isinstance(entries, dict):
            return FieldProblem(container)
        for entry_id, entry in entries.items():
            if entry is not None and not isinstance(entry, dict):
                return FieldProblem(f"{container}.{entry_id}")
            if entry is not None and container == "items":
                where = f"{container}.{entry_id}"
                checks.append(partial(coded, entry, "verdict", Verdict, required=False))
                checks.append(partial(optional_text, entry, "note", where))
                checks.append(partial(optional_text, entry, "missing", where))
                checks.append(partial(evidence_problem, entry.get("evidence"), where))
            elif entry is not None:
                checks += [partial(typed, entry, name, str) for name in ("text", "by", "at")]
    checks.append(partial(issues_problem, record.get("issues")))
    if record.get("tthc"):
        checks.append(partial(tthc_from_dict, record.get("tthc")))
    for check in checks:
        try:
            check()
        except FieldProblem as problem:
            return problem
    return None


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
    if unit.report_ref:
        record["report_ref"] = unit.report_ref
    record["conclusion"] = str(unit.conclusion) if unit.conclusion else None
    record["items"] = {item_id: item_to_dict(result) for item_id, result in unit.items.items()}
    if unit.issues:
        record["issues"] = list(unit.issues)
    if unit.tthc:
        record["tthc"] = {tthc_key(figures.period): tthc_to_dict(figures) for figures in unit.tthc}
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
