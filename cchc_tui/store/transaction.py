"""One change to the parsed file, under the lock: TinyDB over the data held in memory,
and the record operations a change is made of (insert a plan, find and update a unit,
add a history record). The store appends the records to the history log, then writes the
data file once, atomically."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from msgspec import Struct
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from cchc_tui.core.codec import FieldProblem, unit_to_dict, write_field
from cchc_tui.core.codec_cycle import records_to_dict
from cchc_tui.core.codec_plan import plan_to_dict
from cchc_tui.core.dates import clock_text
from cchc_tui.core.errors import ConflictError, UserError
from cchc_tui.core.snapshot import HistoryEntry
from cchc_tui.core.workflow import Edit
from cchc_tui.store.history_append import Appender
from cchc_tui.store.history_log import (
    RESTORE,
    LogDamage,
    needle,
    parse_line,
)
from cchc_tui.store.layout import history_entry

if TYPE_CHECKING:
    from cchc_tui.core.planfile import PlanFile


class FileVersion(Struct, frozen=True):
    """Identifies one state of the file; every atomic write makes a new inode."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, stat: os.stat_result) -> FileVersion:
        return cls(stat.st_ino, stat.st_size, stat.st_mtime_ns)


class BufferedStorage(Storage):
    """TinyDB storage over the parsed file held in memory for one transaction.

    TinyDB writes after every table operation; buffering lets a change and its
    history entry reach the disk in a single atomic write.
    """

    def __init__(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]]:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = True


class Transaction(Struct):
    """The TinyDB view of the file being changed, the raw tables under it, the history log
    it adds to, and who is changing it (the OS account, and the name they gave, if any)."""

    db: TinyDB
    storage: BufferedStorage
    log: Appender
    who: str
    named: str
    # The file's version when the transaction read it (None for a file being created),
    # and once written, the version it wrote: taken under the lock, before anyone else writes.
    read_version: FileVersion | None
    written_version: FileVersion | None = None

    @property
    def data(self) -> dict[str, dict[str, Any]]:
        return self.storage.data

    def table(self, name: str) -> Table:
        return self.db.table(name)


def insert_plan(db: Transaction, plan_file: PlanFile) -> None:
    number = plan_file.plan.number
    db.table("plans").insert(plan_to_dict(plan_file.plan) | records_to_dict(plan_file.records))
    db.table("units").insert_multiple(unit_to_dict(unit, number) for unit in plan_file.units)


def find_unit(db: Transaction, plan: str, key: str) -> tuple[int, dict[str, Any]]:
    for doc_id, doc in db.data["units"].items():
        if doc.get("key") == key and doc.get("plan") == plan:
            return int(doc_id), doc
    raise UserError("unit_unknown", query=key, suggestions="")


def applying(edits: list[Edit]) -> Callable[[dict[str, Any]], None]:
    def transform(doc: dict[str, Any]) -> None:
        for edit in edits:
            write_field(doc, edit.field, edit.new)

    return transform


def record_change(
    db: Transaction,
    plan: str,
    unit: str | None,
    action: str,
    args: Mapping[str, Any],
    edits: list[Edit],
    undoes: int | None = None,
) -> int:
    """Add the history record of a change; its id. The keys keep this order: the log is
    searched for the bytes of ``"who"`` and ``"unit"`` before any line is parsed."""
    number = db.log.next_id()
    named = {"as": db.named} if db.named and db.named != db.who else {}
    db.log.add(
        {
            "id": number,
            "at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "who": db.who,
            **named,
            "plan": plan,
            "unit": unit,
            "action": action,
            "args": dict(args),
            "edits": [[edit.field, edit.old, edit.new] for edit in edits],
            "undoes": undoes,
        }
    )
    db.storage.dirty = True
    return number


def record_restore(db: Transaction, plan: str, rolled_back: list[int], how: str) -> int:
    """Record that the file went back to an earlier state: the changes after it are undone."""
    return record_change(db, plan, None, RESTORE, {"rolled_back": rolled_back, "how": how}, [])


def undo_import(db: Transaction, entry: HistoryEntry) -> None:
    """Remove an imported plan again, unless someone has already worked on it."""
    if any(record.get("plan") == entry.plan for record in db.log.committed.newer_than(entry.id)):
        raise ConflictError("undo_conflict", id=entry.id, field="plan", unit=entry.plan)
    for table in ("plans", "units"):
        field = "number" if table == "plans" else "plan"
        doomed = [int(i) for i, doc in db.data[table].items() if doc.get(field) == entry.plan]
        db.table(table).remove(doc_ids=doomed)
    previous = str(entry.args.get("previous") or "")
    db.table("_meta").update({"current_plan": previous}, doc_ids=[1])
    record_change(db, previous, None, "undo", {"of": "import", **entry.args}, [], undoes=entry.id)


def conflict_error(
    db: Transaction,
    plan: str,
    unit_key: str | None,
    edit: Edit,
    current: Any,
    name: str,
) -> ConflictError:
    """The field changed under the person: name who changed it last, from the history.
    ``unit_key`` None is the plan's own record, said by ``name`` (its number)."""
    who, when = "", ""
    wanted = needle("unit", unit_key)
    for line in db.log.committed.backward():
        if wanted not in line:
            continue
        try:
            record = parse_line(line, "?")
            entry = history_entry(record["id"], record)
        except (FieldProblem, LogDamage):  # a damaged record names nobody; still a conflict
            continue
        if entry.unit != unit_key or entry.plan != plan:
            continue
        if any(change.field == edit.field for change in entry.edits):
            who, when = entry.author, clock_text(entry.at)
            break
    return ConflictError(
        "conflict",
        unit=name,
        field=edit.field,
        who=who,
        when=when,
        old=edit.old,
        new=current,
    )
