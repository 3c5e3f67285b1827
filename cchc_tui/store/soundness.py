"""The whole file's soundness: checking every record of it and of its history (``check``),
the automatic backup of the file as it was before the last write, and putting that backup
back (``restore``), recorded in the history like any change.

A mixin of ``Store``: the same lock and atomic write as every other change.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB

from cchc_tui.core.errors import DataFileError, Detail, UserError, Where, system_reason
from cchc_tui.core.history import ids_text
from cchc_tui.store import fileio
from cchc_tui.store.collector import collector_paused
from cchc_tui.store.history_append import Appender
from cchc_tui.store.history_log import Committed, check_log, last_change_of
from cchc_tui.store.layout import current_plan, decode, whole_file_problem
from cchc_tui.store.transaction import BufferedStorage, Transaction, record_restore

if TYPE_CHECKING:
    import threading

    from cchc_tui.store.transaction import FileVersion


class SoundFile:
    """Checking the whole file; restoring its backup; saying how when the file is damaged."""

    path: Path
    backup_path: Path
    user: str
    named: str
    _in_memory: threading.RLock
    _cache: tuple[FileVersion, dict[str, Any]] | None

    if TYPE_CHECKING:

        def _check_writable(self) -> None: ...
        def _locked(self) -> AbstractContextManager[None]: ...
        def _read(self) -> tuple[FileVersion, dict[str, Any]]: ...
        def _commit(self, db: Transaction, *, refresh_backup: bool = True) -> None: ...
        def _log_damaged(self, detail: Detail) -> DataFileError: ...
        def _committed(self, data: Mapping[str, Any]) -> AbstractContextManager[Committed]: ...
        def _appender(
            self, data: Mapping[str, Any] | None, *, damaged: bool = False
        ) -> AbstractContextManager[Appender]: ...

    def restore_backup(self, *, force: bool = False) -> tuple[Path, list[int]]:
        """Put the automatic backup back in place; the file it replaces is kept beside it.

        A sound file is replaced only when ``force``d: the backup is the state before the last
        change, someone's saved work. Either way the restore is recorded in the history with
        the changes it rolled back (which count as undone), and ids go on from the log's last
        one. The kept file's path and the ids rolled back."""
        self._check_writable()
        with self._locked(), self._in_memory:
            backup = self._sound_backup()
            current = self._sound_or_none()
            with self._restore_log(current, backup) as log:
                rolled = log.committed.newer_ids(last_change_of(backup))
                if current is not None and not force:
                    raise UserError(
                        "restore_sound",
                        path=str(self.path),
                        count=len(rolled),
                        ids=ids_text(rolled),
                        command=f"cchc-tui --db {shlex.quote(str(self.path))} restore --force",
                    )
                kept = fileio.unused_name(
                    self.path,
                    f"{'replaced' if current else 'damaged'}-{datetime.now():%Y%m%d-%H%M%S}",
                )
                try:
                    # Linked aside, not moved: at no moment is there no data file, which the
                    # next command would take for a fresh install and seed with the sample.
                    if self.path.exists():
                        fileio.keep_aside(self.path, kept)
                    fileio.remove_stale_temps(self.path)
                except OSError as exc:
                    raise DataFileError(
                        "db_write_failed", path=str(kept), detail=system_reason(exc)
                    ) from None
                self._cache = None
                storage = BufferedStorage(backup)
                db = Transaction(
                    TinyDB(storage=lambda: storage), storage, log, self.user, self.named, None
                )
                record_restore(db, current_plan(backup), rolled, "forced" if current else "damaged")
                self._commit(db, refresh_backup=False)
        return kept, rolled

    @contextmanager
    def _restore_log(
        self, current: dict[str, Any] | None, backup: dict[str, Any]
    ) -> Iterator[Appender]:
        """The log a restore adds to: the current file's; for a damaged file, the log as it
        is on disk, or the backup's own history when the file never had a log."""
        with self._appender(current, damaged=current is None) as log:
            if log.committed.end or "history" not in backup or "history" in (current or {}):
                yield log
                return
        with self._appender(backup) as log:
            yield log

    def _sound_or_none(self) -> dict[str, Any] | None:
        """The data file parsed when it is sound, else None (damaged, missing, unreadable)."""
        try:
            _, data = self._read()
        except DataFileError:
            return None
        return data if whole_file_problem(data) is None else None

    def _sound_backup(self) -> dict[str, Any]:
        """The backup parsed, when it is there and sound."""
        try:
            payload, _ = fileio.read_regular(self.backup_path)
        except FileNotFoundError:
            raise DataFileError("db_no_backup", path=str(self.backup_path)) from None
        except OSError:
            raise DataFileError("db_unreadable", path=str(self.backup_path)) from None
        try:
            backup = decode(payload, self.backup_path)
            self._check_all(backup, self.backup_path)
        except DataFileError as problem:
            raise DataFileError(
                "db_backup_bad",
                path=str(self.backup_path),
                detail=problem.params.get("detail", problem.key),
            ) from None
        return backup

    def check(self) -> tuple[int, int, int]:
        """Validate the whole file and its committed history; counts of plans, units and
        history entries when sound."""
        with self._in_memory, collector_paused():
            _, data = self._read()
            self._check_all(data, self.path)
            with self._committed(data) as log:
                changes = check_log(log, last_change_of(data))
            return len(data["plans"]), len(data["units"]), changes

    def _check_all(self, data: Mapping[str, Any], path: Path) -> None:
        """Every plan, unit and history record sound; else the damage, said for ``path``."""
        problem = whole_file_problem(data)
        if problem is not None:
            raise self._damaged(problem, path)

    def _restore_hint(self) -> str:
        """The path to give ``restore`` when a sound backup exists, else ""."""
        try:
            decode(fileio.read_regular(self.backup_path)[0], self.backup_path)
        except (OSError, DataFileError):
            return ""
        return shlex.quote(str(self.path))

    def _damaged(self, detail: Where | Detail, path: Path | None = None) -> DataFileError:
        """The data file (or ``path``, its backup) is damaged at ``detail``."""
        path = path or self.path
        hint = self._restore_hint() if path == self.path else ""
        return DataFileError("db_corrupt", path=str(path), detail=detail, restore=hint)
