"""The data file: the only module that reads or writes it.

One JSON file in TinyDB's layout holds every plan, unit and history entry. Readers
need no lock (writes are atomic renames). Every change is one transaction: take the
lock on a separate ``.lock`` file, re-read the file if anyone changed it, check
that each field still holds the value the person saw (else ``ConflictError``),
apply, append the history entry, and write the whole file once, atomically.
"""

from __future__ import annotations

import fcntl
import gc
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from cchc_tui.core.codec import (
    FieldProblem,
    plan_from_dict,
    plan_to_dict,
    read_field,
    unit_from_dict,
    unit_to_dict,
    write_field,
)
from cchc_tui.core.errors import ConflictError, DataFileError, RuleError, UserError
from cchc_tui.core.snapshot import HistoryEntry, Snapshot
from cchc_tui.core.workflow import Change, Edit, progress_problem
from cchc_tui.store import fileio

if TYPE_CHECKING:
    from cchc_tui.core.model import Unit
    from cchc_tui.core.planfile import PlanFile

APP_ID = "cchc-tui"
SCHEMA_VERSION = 1
TABLES = ("_meta", "plans", "units", "history")
DEFAULT_LOCK_TIMEOUT = 10.0
_Record = TypeVar("_Record")


@dataclass(frozen=True, slots=True)
class FileVersion:
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


@dataclass(slots=True)
class _Transaction:
    """The TinyDB view of the file being changed, and the raw tables under it."""

    db: TinyDB
    storage: BufferedStorage
    # The file's version when the transaction read it (None for a file being created),
    # and once written, the version it wrote: taken under the lock, before anyone else writes.
    read_version: FileVersion | None
    written_version: FileVersion | None = None

    @property
    def data(self) -> dict[str, dict[str, Any]]:
        return self.storage.data

    def table(self, name: str) -> Table:
        return self.db.table(name)


class Store:
    """Reads snapshots of the data file and applies changes to it safely."""

    def __init__(self, path: Path, user: str, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.path = _followed(Path(path))
        self.user = user
        self.lock_timeout = lock_timeout
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self._cache: tuple[FileVersion, dict[str, Any]] | None = None
        # The last snapshot handed out: reused while the file is unchanged, and updated
        # unit by unit by this store's own changes.
        self._last: Snapshot | None = None
        # A transaction edits the parsed file in place; a reader in another thread (a TUI
        # polling for changes) must not build a snapshot from it halfway.
        self._in_memory = threading.RLock()

    # --- reading --------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def version(self) -> FileVersion | None:
        """The file's current version, cheap enough to poll every second."""
        try:
            return FileVersion.of(self.path.stat())
        except OSError:
            return None

    @property
    def read_only(self) -> bool:
        return not fileio.can_write(self.path)

    def load(self, plan_number: str | None = None) -> Snapshot:
        """The chosen (or current) plan as it is in the file now."""
        with self._in_memory, _collector_paused():
            version, data = self._read()
            number = plan_number or _current_plan(data)
            last = self._last
            if last is None or last.version != version or last.plan.number != number:
                last = self._snapshot(version, data, number)
            elif last.read_only != self.read_only:
                last = replace(last, read_only=not last.read_only)
            self._last = last
            return last

    def history(
        self, plan_number: str | None = None, unit_key: str | None = None
    ) -> list[HistoryEntry]:
        with self._in_memory:
            _, data = self._read()
            number = plan_number or _current_plan(data)
            return [
                entry
                for entry in (
                    self._entry(doc_id, doc, self.path) for doc_id, doc in data["history"].items()
                )
                if entry.plan == number and (unit_key is None or entry.unit == unit_key)
            ]

    def changes_since(self, last_change: int, plan_number: str | None = None) -> list[HistoryEntry]:
        """History entries newer than ``last_change``, to tell a person what others did."""
        with self._in_memory:
            _, data = self._read()
            number = plan_number or _current_plan(data)
            return [
                self._entry(doc_id, doc, self.path)
                for doc_id, doc in data["history"].items()
                if int(doc_id) > last_change and doc.get("plan") == number
            ]

    def _read(self) -> tuple[FileVersion, dict[str, Any]]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            if not self.path.parent.is_dir():
                raise DataFileError("db_missing_dir", path=str(self.path.parent)) from None
            raise DataFileError("db_missing", path=str(self.path)) from None
        except OSError as exc:
            raise DataFileError("db_unreadable", path=str(self.path)) from exc
        version = FileVersion.of(stat)
        cached = self._cache
        if cached is not None and cached[0] == version:
            return cached
        data = self._parse(self._read_bytes(), self.path)
        self._cache = (version, data)
        return version, data

    def _read_bytes(self) -> bytes:
        if self.path.is_dir():
            raise DataFileError("db_is_dir", path=str(self.path))
        try:
            return self.path.read_bytes()
        except PermissionError:
            raise DataFileError("db_unreadable", path=str(self.path)) from None
        except OSError as exc:
            raise DataFileError("db_unreadable", path=f"{self.path} ({exc.strerror})") from None

    def _restore_hint(self) -> str:
        """The path to give ``restore`` when a sound backup exists, else ""."""
        try:
            _decode(self.backup_path.read_bytes(), self.backup_path)
        except (OSError, DataFileError):
            return ""
        import shlex  # only a damaged file's message needs it

        return shlex.quote(str(self.path))

    def _parse(self, payload: bytes, path: Path) -> dict[str, Any]:
        """Parse and validate the file; a damaged one's message says how to restore it."""
        try:
            return _decode(payload, path)
        except DataFileError as problem:
            if problem.key in ("db_corrupt", "db_foreign"):
                problem.params["restore"] = self._restore_hint()
            raise

    def _snapshot(
        self, version: FileVersion, data: dict[str, Any], plan_number: str | None
    ) -> Snapshot:
        number = plan_number or _current_plan(data)
        plan_docs = _plans_by_number(data)
        if number not in plan_docs:
            raise UserError("plan_unknown", plan=number, plans=", ".join(map(str, plan_docs)))
        try:
            plan = _decoded(plan_from_dict, plan_docs[number])
        except FieldProblem as problem:
            raise self._damaged(self.path, f"plan {number}: {problem.field}") from None
        units = []
        for doc_id, doc in data["units"].items():
            if doc.get("plan") != number:
                continue
            try:
                units.append(_decoded(unit_from_dict, doc))
            except FieldProblem as problem:
                raise self._field_error(doc_id, problem) from None
        history = data["history"]
        return Snapshot(
            plan=plan,
            units=tuple(units),
            plans=tuple(plan_docs),
            version=version,
            last_change=max(map(int, history), default=0),
            read_only=self.read_only,
        )

    def _unit_doc(self, db: _Transaction, plan: str, key: str) -> tuple[int, dict[str, Any]]:
        """The unit's record, checked whole before any of its fields is read or changed."""
        doc_id, doc = _find_unit(db, plan, key)
        try:
            _decoded(unit_from_dict, doc)
        except FieldProblem as problem:
            raise self._field_error(str(doc_id), problem) from None
        return doc_id, doc

    def _field_error(self, doc: str, problem: FieldProblem) -> DataFileError:
        return self._damaged(self.path, f"unit #{doc}: {problem.field}")

    # --- writing --------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the exclusive lock on the stable ``.lock`` file, never on the file a rename
        replaces; the kernel frees it the moment a holder dies, even by SIGKILL."""
        # Created with the data file's mode, so that every writer in the group can open it.
        mode = fileio.lock_file_mode(self.path)
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, mode or 0o666)
        except OSError as exc:
            raise DataFileError(
                "db_lock_denied", lock=str(self.lock_path), detail=exc.strerror or str(exc)
            ) from None
        try:
            _flock(fd, self.lock_timeout)
        except TimeoutError:
            os.close(fd)
            raise DataFileError(
                "db_locked", seconds=f"{self.lock_timeout:g}", lock=str(self.lock_path)
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _write(self, payload: bytes, backup: Path | None) -> None:
        try:
            fileio.atomic_write(self.path, payload, backup)
        except OSError as exc:
            raise DataFileError(
                "db_write_failed", path=str(self.path), detail=exc.strerror or str(exc)
            ) from None
        # The lock file may predate the data file (created with the umask) or be a legacy one.
        fileio.match_access(self.lock_path, self.path)

    def _check_writable(self) -> None:
        if not self.path.parent.is_dir():
            raise DataFileError("db_missing_dir", path=str(self.path.parent))
        if self.path.is_dir():
            raise DataFileError("db_is_dir", path=str(self.path))
        if fileio.sticky_for_us(self.path):
            raise DataFileError("db_sticky", path=str(self.path.parent))
        if self.read_only:
            raise DataFileError("db_read_only", path=str(self.path))

    @contextmanager
    def _transaction(self, *, creating: bool = False) -> Iterator[_Transaction]:
        self._check_writable()
        with self._locked(), self._in_memory:
            fileio.remove_stale_temps(self.path)
            version, data = (None, _empty_file()) if creating else self._read()
            storage = BufferedStorage(data)
            # The cache is the object TinyDB now edits in place; forget it until the write lands.
            self._cache = None
            transaction = _Transaction(TinyDB(storage=lambda: storage), storage, version)
            yield transaction
            if storage.dirty:
                self._write(orjson.dumps(storage.data), self.backup_path)
                version = self.version()
                transaction.written_version = version
                if version is not None:
                    self._cache = (version, storage.data)

    def create(self, plan_file: PlanFile) -> Snapshot:
        """Write a new data file holding ``plan_file`` as its current plan."""
        with self._transaction(creating=True) as db:
            if self.path.exists():
                raise DataFileError("db_foreign", path=str(self.path), detail="exists")
            _insert_plan(db, plan_file)
            db.table("_meta").insert(
                {"app": APP_ID, "schema": SCHEMA_VERSION, "current_plan": plan_file.plan.number}
            )
        return self.load()

    def apply(self, change: Change, plan_number: str | None = None) -> Snapshot:
        """Apply one change made from a snapshot; refuse it if its fields moved meanwhile."""
        with self._transaction() as db:
            number = plan_number or _current_plan(db.data)
            entry, changed = self._change_unit(db, number, change)
        return self._after_change(db, number, changed, entry)

    def _change_unit(
        self, db: _Transaction, number: str, change: Change, undoes: int | None = None
    ) -> tuple[int, Unit]:
        """Check each edited field still holds the value the change was made from, write the
        new values and record them; an undo (``undoes``) must also leave the steps in order.
        Returns the history id and the unit as it now is."""
        doc_id, doc = self._unit_doc(db, number, change.unit)
        name = doc.get("title") or doc.get("name")
        for edit in change.edits:
            current = read_field(doc, edit.field)
            if current != edit.old:
                if undoes is not None:
                    raise ConflictError("undo_conflict", id=undoes, field=edit.field, unit=name)
                raise self._conflict(db, number, change.unit, doc, edit, current)
        real = [edit for edit in change.edits if edit.old != edit.new]
        db.table("units").update(_applying(real), doc_ids=[doc_id])
        changed = _decoded(unit_from_dict, db.data["units"][str(doc_id)])
        # Raising here abandons the transaction: nothing of it reaches the file.
        if undoes is not None and progress_problem(changed):
            raise RuleError("undo_order", id=undoes, unit=name)
        entry = _record(
            db, self.user, number, change.unit, change.action, change.args, real, undoes=undoes
        )
        return entry, changed

    def _after_change(self, db: _Transaction, number: str, changed: Unit, entry: int) -> Snapshot:
        """The snapshot after this store's change to one unit: when the snapshot last
        handed out is the state the change was made on, only that unit is rebuilt."""
        with self._in_memory:
            last = self._last
            if (
                last is None
                or db.written_version is None
                or last.version != db.read_version
                or last.plan.number != number
            ):
                return self.load(number)
            self._last = last.replacing(changed, version=db.written_version, last_change=entry)
            return self._last

    def undo(self, plan_number: str | None = None) -> tuple[HistoryEntry, Snapshot]:
        """Revert this user's last change that is not already undone; the undo is recorded."""
        with self._transaction() as db:
            number = plan_number or _current_plan(db.data)
            entry = self._last_undoable(db, number)
            if entry.unit is None:
                _undo_import(db, entry)
            else:
                reverse = Change(
                    entry.unit,
                    "undo",
                    tuple(Edit(e.field, e.new, e.old) for e in entry.edits),
                    {"of": entry.action, **entry.args},
                )
                new_id, changed = self._change_unit(db, number, reverse, undoes=entry.id)
                db.table("history").update({"undone_by": new_id}, doc_ids=[entry.id])
        if entry.unit is None:  # the plan itself went: the current plan is another one
            return entry, self.load()
        return entry, self._after_change(db, number, changed, new_id)

    def import_plan(self, plan_file: PlanFile) -> Snapshot:
        """Add a plan with its units and make it the current plan."""
        with self._transaction() as db:
            data = db.data
            number = plan_file.plan.number
            if any(doc.get("number") == number for doc in data["plans"].values()):
                raise UserError("plan_exists", plan=number)
            previous = _current_plan(data)
            _insert_plan(db, plan_file)
            db.table("_meta").update({"current_plan": number}, doc_ids=[1])
            _record(
                db,
                self.user,
                number,
                None,
                "import",
                {"plan": number, "units": len(plan_file.units), "previous": previous},
                [],
            )
        return self.load(number)

    def restore_backup(self) -> Path:
        """Put the automatic backup back in place; the file it replaces is kept beside it."""
        self._check_writable()
        with self._locked(), self._in_memory:
            backup = self._sound_backup()
            kept = _unused_name(self.path, f"damaged-{datetime.now():%Y%m%d-%H%M%S}")
            try:
                # Linked aside, not moved: at no moment is there no data file, which the next
                # command would take for a fresh install and seed with the sample plan.
                if self.path.exists():
                    fileio.keep_aside(self.path, kept)
                fileio.remove_stale_temps(self.path)
            except OSError as exc:
                raise DataFileError(
                    "db_write_failed", path=str(kept), detail=exc.strerror or str(exc)
                ) from None
            self._cache = None
            self._write(backup, None)
        return kept

    def _sound_backup(self) -> bytes:
        try:
            payload = self.backup_path.read_bytes()
        except FileNotFoundError:
            raise DataFileError("db_no_backup", path=str(self.backup_path)) from None
        except OSError:
            raise DataFileError("db_unreadable", path=str(self.backup_path)) from None
        try:
            self._check_all(_decode(payload, self.backup_path), self.backup_path)
        except DataFileError as problem:
            raise DataFileError(
                "db_backup_bad",
                path=str(self.backup_path),
                detail=problem.params.get("detail", problem.key),
            ) from None
        return payload

    def check(self) -> tuple[int, int, int]:
        """Validate the whole file; counts of plans, units and history entries when sound."""
        with self._in_memory:
            _, data = self._read()
            self._check_all(data, self.path)
            return len(data["plans"]), len(data["units"]), len(data["history"])

    def _check_all(self, data: Mapping[str, Any], path: Path) -> None:
        """Every plan and unit readable, each unit in a known plan, the current plan there."""
        numbers = set()
        for doc_id, doc in data["plans"].items():
            try:
                numbers.add(_decoded(plan_from_dict, doc).number)
            except FieldProblem as problem:
                raise self._damaged(path, f"plan #{doc_id}: {problem.field}") from None
        for doc_id, doc in data["units"].items():
            try:
                unit = _decoded(unit_from_dict, doc)
            except FieldProblem as problem:
                raise self._damaged(path, f"unit #{doc_id}: {problem.field}") from None
            if problem := progress_problem(unit):
                raise self._damaged(path, f"unit #{doc_id}: {problem[0]}")
            if not isinstance(doc.get("plan"), str) or doc["plan"] not in numbers:
                raise self._damaged(path, f"unit #{doc_id}: plan")
        if _current_plan(data) not in numbers:
            raise self._damaged(path, "_meta.current_plan")
        for doc_id, doc in data["history"].items():
            self._entry(doc_id, doc, path)

    def _entry(self, doc_id: str, doc: Mapping[str, Any], path: Path) -> HistoryEntry:
        try:
            return _history_entry(int(doc_id), doc)
        except FieldProblem as problem:
            raise self._damaged(path, f"history #{doc_id}: {problem.field}") from None

    def _last_undoable(self, db: _Transaction, plan: str) -> HistoryEntry:
        """This user's last change that is neither an undo nor undone."""
        raw = db.data["history"]
        for doc_id in sorted(raw, key=int, reverse=True):
            doc = raw[doc_id]
            mine = doc.get("who") == self.user and doc.get("plan") == plan
            if mine and doc.get("undoes") is None and doc.get("undone_by") is None:
                return self._entry(doc_id, doc, self.path)
        raise UserError("undo_nothing", user=self.user)

    def _damaged(self, path: Path, detail: str) -> DataFileError:
        hint = self._restore_hint() if path == self.path else ""
        return DataFileError("db_corrupt", path=str(path), detail=detail, restore=hint)

    def _conflict(
        self,
        db: _Transaction,
        plan: str,
        unit_key: str,
        doc: Mapping[str, Any],
        edit: Edit,
        current: Any,
    ) -> ConflictError:
        """Name who last changed the field, from the history."""
        who, when = "", ""
        for doc_id, record in reversed(db.data["history"].items()):
            if record.get("unit") != unit_key or record.get("plan") != plan:
                continue
            entry = self._entry(doc_id, record, self.path)
            if any(change.field == edit.field for change in entry.edits):
                who, when = entry.who, entry.at[11:16]
                break
        return ConflictError(
            "conflict",
            unit=doc.get("title") or doc.get("name"),
            field=edit.field,
            who=who,
            when=when,
            old=edit.old,
            new=current,
        )


def _decoded(convert: Callable[[Mapping[str, Any]], _Record], record: Mapping[str, Any]) -> _Record:
    """A plan or unit from its record in the file. A record of a shape the codec does not
    foresee (a list where a table belongs...) is damage to report, not a crash."""
    try:
        return convert(record)
    except FieldProblem:
        raise
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise FieldProblem("format") from exc


def _plans_by_number(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    plans = data["plans"].values()
    return {doc["number"]: doc for doc in plans if isinstance(doc.get("number"), str)}


def _followed(path: Path) -> Path:
    """The file a person's own (or root's) symlink points to: writing through the link must
    update the shared file, not replace the link by a private copy. Another user's link in a
    shared folder is not followed, so it cannot steer a write elsewhere."""
    try:
        if path.is_symlink() and path.lstat().st_uid in (os.geteuid(), 0):
            return Path(os.path.realpath(path))
    except OSError:
        pass
    return path


def _unused_name(path: Path, tag: str) -> Path:
    candidate = path.with_name(f"{path.name}.{tag}")
    number = 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.{tag}-{number}")
    return candidate


def _decode(payload: bytes, path: Path) -> dict[str, Any]:
    """Parse the file and check its frame: ours, a version we read, tables of records."""

    def damaged(detail: str) -> DataFileError:
        return DataFileError("db_corrupt", path=str(path), detail=detail)

    if not payload.strip():
        raise damaged("empty")
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise damaged(f"JSON: {exc.args[0] if exc.args else exc}") from None
    meta = data.get("_meta") if isinstance(data, dict) else None
    if not isinstance(meta, dict):
        raise DataFileError("db_foreign", path=str(path), detail="no _meta")
    record = meta.get("1")
    if not isinstance(record, dict) or record.get("app") != APP_ID:
        raise DataFileError("db_foreign", path=str(path), detail="_meta.app")
    schema = record.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise damaged("_meta.schema")
    if schema > SCHEMA_VERSION:
        raise DataFileError("db_newer", path=str(path), found=schema, supported=SCHEMA_VERSION)
    if not isinstance(record.get("current_plan", ""), str):
        raise damaged("_meta.current_plan")
    for table in TABLES:
        docs = data.get(table)
        if not isinstance(docs, dict):
            raise damaged(f"table {table}")
        for doc_id, doc in docs.items():
            if not (doc_id.isascii() and doc_id.isdigit() and isinstance(doc, dict)):
                raise damaged(f"{table} #{doc_id}")
    return data


_HISTORY_TYPES: dict[str, type | tuple[type, ...]] = {
    "at": str,
    "who": str,
    "plan": str,
    "action": str,
    "unit": (str, type(None)),
    "args": (dict, type(None)),
    "edits": list,
    "undoes": (int, type(None)),
    "undone_by": (int, type(None)),
}


def _history_problem(doc: Mapping[str, Any]) -> str | None:
    """The first field of a history record that undo, conflicts or the history view would
    trip over, or None."""
    for name, kind in _HISTORY_TYPES.items():
        if name in doc and not isinstance(doc[name], kind):
            return name
    for edit in doc.get("edits", ()):
        if not (isinstance(edit, list) and len(edit) == 3 and isinstance(edit[0], str)):
            return "edits"
    return None


def _empty_file() -> dict[str, Any]:
    return {table: {} for table in TABLES}


def _current_plan(data: Mapping[str, Any]) -> str:
    return str(data["_meta"]["1"].get("current_plan", ""))


def _insert_plan(db: _Transaction, plan_file: PlanFile) -> None:
    number = plan_file.plan.number
    db.table("plans").insert(plan_to_dict(plan_file.plan))
    db.table("units").insert_multiple(unit_to_dict(unit, number) for unit in plan_file.units)


def _flock(fd: int, timeout: float) -> None:
    """Take the exclusive lock on ``fd``, waiting up to ``timeout`` seconds (filelock's
    import alone costs a write command ~15 ms)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise TimeoutError from None
            time.sleep(0.05)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing the file and building a snapshot makes ~20 objects per unit and frees none:
    the cycle collector would walk them all again and again for nothing (~10% of a load)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _find_unit(db: _Transaction, plan: str, key: str) -> tuple[int, dict[str, Any]]:
    for doc_id, doc in db.data["units"].items():
        if doc.get("key") == key and doc.get("plan") == plan:
            return int(doc_id), doc
    raise UserError("unit_unknown", query=key, suggestions="")


def _applying(edits: list[Edit]) -> Callable[[dict[str, Any]], None]:
    def transform(doc: dict[str, Any]) -> None:
        for edit in edits:
            write_field(doc, edit.field, edit.new)

    return transform


def _record(
    db: _Transaction,
    user: str,
    plan: str,
    unit: str | None,
    action: str,
    args: Mapping[str, Any],
    edits: list[Edit],
    undoes: int | None = None,
) -> int:
    return db.table("history").insert(
        {
            "at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "who": user,
            "plan": plan,
            "unit": unit,
            "action": action,
            "args": dict(args),
            "edits": [[edit.field, edit.old, edit.new] for edit in edits],
            "undoes": undoes,
            "undone_by": None,
        }
    )


def _history_entry(doc_id: int, doc: Mapping[str, Any]) -> HistoryEntry:
    if field := _history_problem(doc):
        raise FieldProblem(field)
    return HistoryEntry(
        id=doc_id,
        at=str(doc.get("at", "")),
        who=str(doc.get("who", "")),
        plan=str(doc.get("plan", "")),
        unit=doc.get("unit"),
        action=str(doc.get("action", "")),
        args=doc.get("args") or {},
        edits=tuple(Edit(*edit) for edit in doc.get("edits", [])),
        undoes=doc.get("undoes"),
        undone_by=doc.get("undone_by"),
    )


def _undo_import(db: _Transaction, entry: HistoryEntry) -> None:
    """Remove an imported plan again, unless someone has already worked on it."""
    if any(
        int(doc_id) > entry.id and doc.get("plan") == entry.plan
        for doc_id, doc in db.data["history"].items()
    ):
        raise ConflictError("undo_conflict", id=entry.id, field="plan", unit=entry.plan)
    for table in ("plans", "units"):
        field = "number" if table == "plans" else "plan"
        doomed = [int(i) for i, doc in db.data[table].items() if doc.get(field) == entry.plan]
        db.table(table).remove(doc_ids=doomed)
    previous = str(entry.args.get("previous") or "")
    db.table("_meta").update({"current_plan": previous}, doc_ids=[1])
    new_id = _record(
        db, entry.who, previous, None, "undo", {"of": "import", **entry.args}, [], undoes=entry.id
    )
    db.table("history").update({"undone_by": new_id}, doc_ids=[entry.id])
