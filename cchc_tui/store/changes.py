"""The one checked write every change goes through, under the store's lock: find the record
it edits (a unit, or the plan's own record for its team and procedure results), check that
each field still holds the value the person saw, write the new values, check the record
is still sound and append the history entry. An undo is the same write, reversed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from msgspec import Struct

from cchc_tui.core.codec import FieldProblem, read_field, unit_from_dict
from cchc_tui.core.codec_cycle import records_from_dict
from cchc_tui.core.codec_plan import plan_from_dict
from cchc_tui.core.errors import ConflictError, DataFileError, RuleError, UserError, Where
from cchc_tui.core.model import Plan, PlanRecords, Unit
from cchc_tui.core.snapshot import HistoryEntry
from cchc_tui.core.team import records_problem
from cchc_tui.core.workflow import Change, Edit, progress_problem
from cchc_tui.store.history_log import (
    RESTORE,
    Committed,
    line_id,
    needle,
    parse_line,
    undone_by,
)
from cchc_tui.store.layout import decoded
from cchc_tui.store.transaction import (
    Transaction,
    applying,
    conflict_error,
    find_unit,
    record_change,
)

# A record found damaged: the message for its place in the file (Where("unit", 12, "items")).
Damaged = Callable[[Where], DataFileError]


class PlanState(Struct, frozen=True):
    """The plan's own record after a change: the plan as issued (a review confirmed, …) and
    what the office records beside it (the team, the body's procedure results)."""

    plan: Plan
    records: PlanRecords


Changed = Unit | PlanState


def change_record(
    db: Transaction,
    number: str,
    change: Change,
    damaged: Damaged,
    undoes: int | None = None,
) -> tuple[int, Changed]:
    """Apply ``change`` to its record; the history id and the record as it now is.

    Raising abandons the transaction: nothing of it reaches the file."""
    table, doc_id, doc, name = _record(db, number, change.unit, damaged)
    for edit in change.edits:
        current = read_field(doc, edit.field)
        if current != edit.old:
            if undoes is not None:
                raise ConflictError("undo_conflict", id=undoes, field=edit.field, unit=name)
            raise conflict_error(db, number, change.unit, edit, current, name)
    real = [edit for edit in change.edits if edit.old != edit.new]
    db.table(table).update(applying(real), doc_ids=[doc_id])
    stored = db.data[table][str(doc_id)]
    changed: Changed
    if change.unit is None:
        # Still a plan, or nothing is written.
        changed = PlanState(decoded(plan_from_dict, stored), decoded(records_from_dict, stored))
        # An undo may take back a member whom a later change assigned to a unit.
        unsound = undoes is not None and records_problem(changed.records.team) is not None
    else:
        changed = decoded(unit_from_dict, stored)
        unsound = undoes is not None and progress_problem(changed) is not None
    if unsound:
        raise RuleError("undo_order", id=undoes, unit=name)
    entry = record_change(db, number, change.unit, change.action, change.args, real, undoes=undoes)
    return entry, changed


def _record(
    db: Transaction, number: str, unit_key: str | None, damaged: Damaged
) -> tuple[str, int, dict[str, Any], str]:
    """(table, id, record, name to say) of what a change edits, checked whole first."""
    if unit_key is None:
        doc_id, doc = plan_doc(db, number)
        try:
            decoded(records_from_dict, doc)
        except FieldProblem as problem:
            raise damaged(Where("plan", doc_id, problem.field)) from None
        return "plans", doc_id, doc, number
    doc_id, doc = find_unit(db, number, unit_key)
    try:
        decoded(unit_from_dict, doc)
    except FieldProblem as problem:
        raise damaged(Where("unit", doc_id, problem.field)) from None
    return "units", doc_id, doc, str(doc.get("title") or doc.get("name"))


def plan_doc(db: Transaction, number: str) -> tuple[int, dict[str, Any]]:
    for doc_id, doc in db.data["plans"].items():
        if doc.get("number") == number:
            return int(doc_id), doc
    raise UserError("plan_unknown", plan=number, plans="")


def undo_change(
    db: Transaction, number: str, entry: HistoryEntry, damaged: Damaged
) -> tuple[int, Changed]:
    """Revert ``entry`` (a unit's or the plan's records) by the same checked write."""
    reverse = Change(
        entry.unit,
        "undo",
        tuple(Edit(e.field, e.new, e.old) for e in entry.edits),
        {"of": entry.action, **entry.args},
    )
    return change_record(db, number, reverse, damaged, undoes=entry.id)


def last_undoable(log: Committed, plan: str, who: str) -> dict[str, Any] | None:
    """The record of ``who``'s last change to ``plan`` that is neither an undo, a restore nor
    undone (by an undo, or rolled back by a restore); None when there is none. Read from the
    end of the log; only that person's lines and restores are parsed."""
    mine, restore = needle("who", who), needle("action", RESTORE)
    undone: set[int] = set()
    for line in log.backward():
        if mine not in line and restore not in line:
            continue
        record = parse_line(line, f"#{line_id(line)}")
        undone.update(undone_by([record]))
        if record.get("who") != who or record.get("action") in (RESTORE, "undo"):
            continue
        mine_now = record.get("undoes") is None and record["id"] not in undone
        if mine_now and record.get("plan") == plan:
            return record
    return None
