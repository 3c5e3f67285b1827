"""The data file: the only module that reads or writes it.

One JSON file in TinyDB's layout holds every plan and unit; the history is a log beside it
(``history_log``). Readers need no lock (writes are atomic renames). Every change is one
transaction: take the lock on a separate ``.lock`` file, re-read the file if anyone changed
it, check that each field still holds the value the person saw (else ``ConflictError``),
apply, append the history record to the log, and write the whole file once, atomically.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from msgspec.structs import replace
from tinydb import TinyDB

from cchc_tui.core.codec import FieldProblem, unit_from_dict
from cchc_tui.core.codec_cycle import records_from_dict
from cchc_tui.core.codec_plan import plan_from_dict
from cchc_tui.core.codec_units import units_from_dicts
from cchc_tui.core.errors import DataFileError, Detail, UserError, Where, system_reason
from cchc_tui.core.snapshot import HistoryEntry, Snapshot, author
from cchc_tui.core.workflow import Change
from cchc_tui.store import fileio
from cchc_tui.store.changes import (
    Changed,
    PlanState,
    change_record,
    undo_change,
)
from cchc_tui.store.collector import collector_paused
from cchc_tui.store.history_append import (
    Appender,
    new_appender,
    open_appender,
    set_aside_orphan_log,
)
from cchc_tui.store.history_log import LogDamage, last_change_of, log_path
from cchc_tui.store.history_view import HistoryReading
from cchc_tui.store.layout import (
    SCHEMA_VERSION,
    current_plan,
    decode,
    decoded,
    empty_file,
    new_meta,
    plans_by_number,
)
from cchc_tui.store.locking import exclusive_lock
from cchc_tui.store.plans import WholePlans
from cchc_tui.store.soundness import SoundFile
from cchc_tui.store.transaction import (
    BufferedStorage,
    FileVersion,
    Transaction,
    insert_plan,
    record_change,
    record_restore,
    undo_import,
)

if TYPE_CHECKING:
    from cchc_tui.core.model import Unit
    from cchc_tui.core.planfile import PlanFile

DEFAULT_LOCK_TIMEOUT = 10.0


class Store(WholePlans, SoundFile, HistoryReading):
    """Reads snapshots of the data file and applies changes to it safely."""

    # The name $CCHC_TUI_USER gives, recorded beside the OS account ``user``, never instead.
    named: str = ""

    def __init__(self, path: Path, user: str, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        # The person's own links (or root's) are followed once, here: writing through one
        # must update the shared file, not replace the link by a private copy. Anyone
        # else's is refused (DataFileError): it could point at any file this person reads.
        self.path = fileio.trusted_path(Path(path))
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
        """Whether anything is at the path: a FIFO or a link there is not a place to create."""
        return os.path.lexists(self.path)

    def version(self) -> FileVersion | None:
        """The file's current version, cheap enough to poll every second."""
        try:
            return FileVersion.of(os.lstat(self.path))
        except OSError:
            return None

    @property
    def read_only(self) -> bool:
        return not fileio.can_write(self.path)

    @property
    def author(self) -> str:
        """The person as notes name them: the account, and the name given beside it."""
        return author(self.user, self.named)

    def load(self, plan_number: str | None = None) -> Snapshot:
        """The chosen (or current) plan as it is in the file now."""
        with self._in_memory, collector_paused():
            version, data = self._read()
            number = plan_number or current_plan(data)
            last = self._last
            if last is None or last.version != version or last.plan.number != number:
                last = self._snapshot(version, data, number)
            elif last.read_only != self.read_only:
                last = replace(last, read_only=not last.read_only)
            self._last = last
            return last

    def _read(self) -> tuple[FileVersion, dict[str, Any]]:
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            if not self.path.parent.is_dir():
                raise DataFileError("db_missing_dir", path=str(self.path.parent)) from None
            raise DataFileError("db_missing", path=str(self.path)) from None
        except OSError as exc:
            raise DataFileError("db_unreadable", path=str(self.path)) from exc
        cached = self._cache
        if cached is not None and cached[0] == FileVersion.of(info) and stat.S_ISREG(info.st_mode):
            return cached
        payload, info = self._read_bytes()
        # The version of the bytes read (fstat of the same descriptor), not of a later file.
        version = FileVersion.of(info)
        data = self._parse(payload, self.path)
        self._cache = (version, data)
        return version, data

    def _read_bytes(self) -> tuple[bytes, os.stat_result]:
        """The data file's bytes and ``fstat``; a link, FIFO, device or folder is refused."""
        try:
            return fileio.read_regular(self.path)
        except PermissionError:
            raise DataFileError("db_unreadable", path=str(self.path)) from None
        except OSError as exc:
            raise DataFileError("db_unreadable", path=f"{self.path} ({exc.strerror})") from None

    def _parse(self, payload: bytes, path: Path) -> dict[str, Any]:
        """Parse and validate the file; a damaged one's message says how to restore it."""
        try:
            return decode(payload, path)
        except DataFileError as problem:
            if problem.key in ("db_corrupt", "db_foreign"):
                problem.params["restore"] = self._restore_hint()
            raise

    def _snapshot(
        self, version: FileVersion, data: dict[str, Any], plan_number: str | None
    ) -> Snapshot:
        number = plan_number or current_plan(data)
        plan_docs = plans_by_number(data)
        if number not in plan_docs:
            raise UserError("plan_unknown", plan=number, plans=", ".join(map(str, plan_docs)))
        try:
            plan = decoded(plan_from_dict, plan_docs[number])
            records = decoded(records_from_dict, plan_docs[number])
        except FieldProblem as problem:
            raise self._damaged(Where("plan", field=problem.field, plan=number)) from None
        docs = {doc_id: doc for doc_id, doc in data["units"].items() if doc.get("plan") == number}
        read = zip(docs.items(), units_from_dicts(list(docs.values())), strict=True)
        units = [self._unit(*item) if unit is None else unit for item, unit in read]
        return Snapshot(
            plan=plan,
            units=tuple(units),
            plans=tuple(plan_docs),
            version=version,
            last_change=last_change_of(data),
            read_only=self.read_only,
            records=records,
        )

    def _unit(self, doc_id: str, doc: dict[str, Any]) -> Unit:
        """A unit the strict reading refused: read leniently, or its field named."""
        try:
            return decoded(unit_from_dict, doc)
        except FieldProblem as problem:
            raise self._damaged(Where("unit", doc_id, problem.field)) from None

    # --- writing --------------------------------------------------------------------

    def _locked(self) -> AbstractContextManager[None]:
        return exclusive_lock(self.lock_path, self.path, self.lock_timeout)

    def _write(self, payload: bytes, backup: Path | None) -> None:
        try:
            fileio.atomic_write(self.path, payload, backup)
        except OSError as exc:
            raise DataFileError(
                "db_write_failed", path=str(self.path), detail=system_reason(exc)
            ) from None

    def _check_writable(self) -> None:
        if not self.path.parent.is_dir():
            raise DataFileError("db_missing_dir", path=str(self.path.parent))
        for path in (self.path, self.backup_path):
            # Said before waiting for the lock: a folder, FIFO or link in either place.
            with contextlib.suppress(FileNotFoundError):
                fileio.regular_stat(path)
        if fileio.sticky_for_us(self.path):
            raise DataFileError("db_sticky", path=str(self.path.parent))
        if self.read_only:
            raise DataFileError("db_read_only", path=str(self.path))

    @contextmanager
    def _transaction(self, *, creating: bool = False) -> Iterator[Transaction]:
        """One change under the lock: its history records appended to the log and synced,
        then the data file written with the log's new commit point."""
        self._check_writable()
        with self._locked(), self._in_memory:
            fileio.remove_stale_temps(self.path)
            fileio.remove_stale_temps(log_path(self.path))
            version, data = (None, empty_file()) if creating else self._read()
            with self._appender(None if creating else data) as log:
                storage = BufferedStorage(data)
                # The cache is the object TinyDB now edits in place; forget it until the
                # write lands.
                self._cache = None
                db = Transaction(
                    TinyDB(storage=lambda: storage), storage, log, self.user, self.named, version
                )
                if log.strays:  # the file was put back by hand: say what it dropped
                    record_restore(db, current_plan(data), log.strays, "found")
                yield db
                if storage.dirty:
                    self._commit(db)

    def _commit(self, db: Transaction, *, refresh_backup: bool = True) -> None:
        data = db.storage.data
        if db.log.pending or "history" in data:
            meta = data["_meta"]["1"]
            try:
                # The data file's access is what a log made now takes; an open log has its own.
                like = self._stat() if db.log.fd is None else None
                meta["history_bytes"], meta["last_change"] = db.log.write(like)
            except OSError as exc:
                raise DataFileError(
                    "db_write_failed", path=str(db.log.path), detail=system_reason(exc)
                ) from None
            meta["schema"] = SCHEMA_VERSION
            data.pop("history", None)  # moved to the log, which is now on disk
        self._write(orjson.dumps(data), self.backup_path if refresh_backup else None)
        version = self.version()
        db.written_version = version
        if version is not None:
            self._cache = (version, data)

    def _stat(self) -> os.stat_result | None:
        try:
            return os.stat(self.path)
        except OSError:
            return None

    @contextmanager
    def _appender(
        self, data: Mapping[str, Any] | None, *, damaged: bool = False
    ) -> Iterator[Appender]:
        """The history log opened for one transaction on ``data`` (None: a file being
        created; ``damaged``: the data file is, so the log is taken as it is)."""
        try:
            if data is None and not damaged:
                log = new_appender(self.path)
            else:
                log = open_appender(self.path, data)
        except LogDamage as damage:
            raise self._log_damaged(damage.detail) from None
        except OSError as exc:
            raise DataFileError(
                "db_write_failed", path=str(log_path(self.path)), detail=system_reason(exc)
            ) from None
        try:
            yield log
        except LogDamage as damage:  # a record an undo, a conflict or a restore had to read
            raise self._log_damaged(damage.detail) from None
        finally:
            log.close()

    def create(self, plan_file: PlanFile) -> Snapshot:
        """Write a new data file holding ``plan_file`` as its current plan. A history log
        left by a file of the same name (deleted since) is kept aside, not continued."""
        with self._transaction(creating=True) as db:
            if self.path.exists():
                raise DataFileError("db_foreign", path=str(self.path), detail=Detail("exists"))
            set_aside_orphan_log(self.path)
            insert_plan(db, plan_file)
            db.table("_meta").insert(new_meta(plan_file.plan.number))
        return self.load()

    def apply(self, change: Change, plan_number: str | None = None) -> Snapshot:
        """Apply one change made from a snapshot; refuse it if its fields moved meanwhile.

        It goes to ``plan_number``, the plan the change was read from; without it, to the plan
        of the snapshot this store last handed out. Never to whichever plan is current when
        the lock is taken: someone may have imported a new one meanwhile."""
        number = plan_number or self._plan_read()
        with self._transaction() as db:
            number = number or current_plan(db.data)
            entry, changed = change_record(db, number, change, self._damaged)
        return self._after_change(db, number, changed, entry)

    def _plan_read(self) -> str | None:
        with self._in_memory:
            return self._last.plan.number if self._last is not None else None

    def _after_change(self, db: Transaction, number: str, changed: Changed, entry: int) -> Snapshot:
        """The snapshot after this store's change to one record: when the snapshot last
        handed out is the state the change was made on, only that record is rebuilt."""
        with self._in_memory:
            last = self._last
            if (
                last is None
                or db.written_version is None
                or last.version != db.read_version
                or last.plan.number != number
            ):
                return self.load(number)
            version = db.written_version
            if isinstance(changed, PlanState):
                self._last = last.with_plan(
                    changed.plan, changed.records, version=version, last_change=entry
                )
            else:
                self._last = last.replacing(changed, version=version, last_change=entry)
            return self._last

    def undo(
        self, plan_number: str | None = None, expected: int | None = None
    ) -> tuple[HistoryEntry, Snapshot]:
        """Revert this user's last change that is not already undone; the undo is recorded.

        With ``expected``, only if that change is still the one asked about (checked under
        the lock, so no one's change can slip in between)."""
        with self._transaction() as db:
            number = plan_number or current_plan(db.data)
            entry = self._undoable(db.log.committed, number)
            if expected is not None and (entry is None or entry.id != expected):
                raise UserError("undo_moved", id=expected)
            if entry is None:
                raise UserError("undo_nothing", user=self.author)
            if entry.action == "import":
                undo_import(db, entry)
            else:
                new_id, changed = undo_change(db, number, entry, self._damaged)
        if entry.action == "import":  # the plan itself went: the current plan is another one
            return entry, self.load()
        return entry, self._after_change(db, number, changed, new_id)

    def import_plan(self, plan_file: PlanFile) -> Snapshot:
        """Add a plan with its units and make it the current plan."""
        with self._transaction() as db:
            data = db.data
            number = plan_file.plan.number
            if any(doc.get("number") == number for doc in data["plans"].values()):
                raise UserError("plan_exists", plan=number)
            previous = current_plan(data)
            insert_plan(db, plan_file)
            db.table("_meta").update({"current_plan": number}, doc_ids=[1])
            started_from = (
                {"from": plan_file.plan.carried_from} if plan_file.plan.carried_from else {}
            )
            record_change(
                db,
                number,
                None,
                "import",
                {
                    "plan": number,
                    "units": len(plan_file.units),
                    "previous": previous,
                    **started_from,
                },
                [],
            )
        return self.load(number)
