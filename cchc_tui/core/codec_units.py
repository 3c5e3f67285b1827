"""Every unit of a plan from the parsed file at once, checked and built by msgspec in C.

A national file holds 10,000 units, ~35,000 checklist results and ~50,000 pieces of
evidence; read field by field in Python (``codec.unit_from_dict``) they took half of a
load. msgspec checks each value's type, each date, code and count while it builds the
model's structs (``ItemResult``, ``Evidence``, ``TthcFigures``) from the parsed dicts.

It is strict where ``codec.unit_from_dict`` is lenient (a null where text or a list
belongs; on Python 3.11 and later, a day in another ISO form): it never takes a record
that reading refuses nor reads one differently (a property test holds it to that), and
when it refuses a record the store reads that record the slower way, which takes what it
may and names the field that is wrong.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from msgspec import Struct, ValidationError, convert

from cchc_tui.core.codec import notes_in_order
from cchc_tui.core.model import Conclusion, ItemResult, Mode, Note, TthcFigures, Unit


class _StoredNote(Struct, frozen=True, gc=False):
    text: str
    by: str
    at: str


class _StoredUnit(Struct, frozen=True, gc=False):
    """A unit's record as ``codec.unit_to_dict`` and the workflow's edits write it (an edit
    may leave a null where a value was cleared). Unknown fields are skipped, as
    ``codec.unit_from_dict`` skips them."""

    key: str
    name: str
    kind: str
    mode: Mode
    in_seed: Any = False  # read as true or false, whatever it holds, as it always was
    title: str | None = ""
    inspection_date: date | None = None
    notified_on: date | None = None
    report_on: date | None = None
    inspected_on: date | None = None
    conclusion: Conclusion | None = None
    concluded_on: date | None = None
    items: dict[str, ItemResult | None] = {}
    notes: dict[str, _StoredNote | None] = {}
    report_sent_on: date | None = None
    report_ref: str | None = ""
    issues: tuple[str, ...] | None = ()  # null once every shortcoming is cleared
    fix_by: date | None = None
    fixed_on: date | None = None
    tthc: dict[str, TthcFigures] = {}


def units_from_dicts(records: list[Any]) -> list[Unit | None]:
    """The units ``records`` describe, in their order; None for a record msgspec refuses,
    for the caller to read with ``codec.unit_from_dict``. One unit edited by hand does not
    send the whole plan the slow way."""
    try:
        return [_unit(record) for record in convert(records, list[_StoredUnit])]
    except ValidationError:
        return [_unit_or_none(record) for record in records]


def _unit_or_none(record: Any) -> Unit | None:
    try:
        return _unit(convert(record, _StoredUnit))
    except ValidationError:
        return None


def _unit(record: _StoredUnit) -> Unit:
    items = record.items
    if None in items.values():  # an item cleared by hand: no result, as if absent
        items = {item_id: result for item_id, result in items.items() if result is not None}
    return Unit(
        record.key,
        record.name,
        record.kind,
        record.mode,
        bool(record.in_seed),
        record.title or "",
        record.inspection_date,
        record.notified_on,
        record.report_on,
        record.inspected_on,
        record.conclusion,
        record.concluded_on,
        items,
        _notes(record.notes) if record.notes else (),
        record.report_sent_on,
        record.report_ref or "",
        record.issues or (),
        record.fix_by,
        record.fixed_on,
        tuple(record.tthc.values()),
    )


def _notes(stored: dict[str, _StoredNote | None]) -> tuple[Note, ...]:
    notes = [
        Note(note_id, note.text, note.by, note.at)
        for note_id, note in stored.items()
        if note is not None
    ]
    return notes_in_order(notes)
