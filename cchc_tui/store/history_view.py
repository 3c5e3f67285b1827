"""Reading the history: a plan's or a unit's, the changes since a person last looked, and the
change ``undo`` would take back. A mixin of ``Store``; the log itself is ``history_log``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_tui.core.codec import FieldProblem
from cchc_tui.core.errors import Detail, UserError, Where
from cchc_tui.core.snapshot import HistoryEntry
from cchc_tui.store.changes import last_undoable
from cchc_tui.store.collector import collector_paused
from cchc_tui.store.history_log import (
    RESTORE,
    Committed,
    LogDamage,
    committed_log,
    last_change_of,
    log_path,
    needle,
    undone_by,
)
from cchc_tui.store.layout import current_plan, history_entry

if TYPE_CHECKING:
    import threading

    from cchc_tui.core.errors import DataFileError
    from cchc_tui.store.transaction import FileVersion


class HistoryReading:
    """What the history says, read from the committed log only."""

    path: Path
    user: str
    _in_memory: threading.RLock

    if TYPE_CHECKING:

        @property
        def author(self) -> str: ...
        def _read(self) -> tuple[FileVersion, dict[str, Any]]: ...
        def _damaged(self, detail: Where | Detail, path: Path | None = None) -> DataFileError: ...

    def history(
        self, plan_number: str | None = None, unit_key: str | None = None
    ) -> list[HistoryEntry]:
        """The plan's history (a restore belongs to every plan), or one unit's: then only the
        lines that name the unit (or a restore) are parsed."""
        with self._in_memory, collector_paused():
            _, data = self._read()
            number = plan_number or current_plan(data)
            with self._committed(data) as log:
                if unit_key is None:
                    records = log.every()
                else:
                    records = log.matching(needle("unit", unit_key), needle("action", RESTORE))
            undone = undone_by(records)
            return [
                self._entry(record, undone)
                for record in records
                if _of_plan(record, number) and (unit_key is None or record["unit"] == unit_key)
            ]

    def changes_since(self, last_change: int, plan_number: str | None = None) -> list[HistoryEntry]:
        """History entries newer than ``last_change``, to tell a person what others did; only
        the log's tail past ``last_change`` is read."""
        with self._in_memory:
            _, data = self._read()
            if last_change >= last_change_of(data):
                return []
            number = plan_number or current_plan(data)
            with self._committed(data) as log:
                records = log.newer_than(last_change)
            return [self._entry(record) for record in records if _of_plan(record, number)]

    @contextmanager
    def _committed(self, data: Mapping[str, Any]) -> Iterator[Committed]:
        """The committed history of ``data``; a damaged log is said like a damaged file."""
        try:
            with committed_log(self.path, data) as log:
                yield log
        except LogDamage as damage:
            raise self._log_damaged(damage.detail) from None

    def undoable(self, plan_number: str | None = None) -> HistoryEntry:
        """The change ``undo`` would revert now; ``UserError`` when there is none."""
        with self._in_memory:
            _, data = self._read()
            number = plan_number or current_plan(data)
            with self._committed(data) as log:
                entry = self._undoable(log, number)
        if entry is None:
            raise UserError("undo_nothing", user=self.author)
        return entry

    def _undoable(self, log: Committed, number: str) -> HistoryEntry | None:
        """Inside ``_committed`` or a transaction, which say a damaged log as such."""
        record = last_undoable(log, number, self.user)
        return None if record is None else self._entry(record)

    def _log_damaged(self, detail: Detail) -> DataFileError:
        """The history log is damaged as ``detail`` says: said for the log, with no advice
        to restore the data file's backup, which holds no history."""
        return self._damaged(detail, log_path(self.path))

    def _entry(
        self, record: Mapping[str, Any], undone: Mapping[int, int] | None = None
    ) -> HistoryEntry:
        try:
            return history_entry(record["id"], record, undone)
        except FieldProblem as problem:
            raise self._log_damaged(
                Detail("log_change_field", change=record["id"], field=problem.field)
            ) from None


def _of_plan(record: Mapping[str, Any], number: str) -> bool:
    """A record of plan ``number``'s history: a restore is in every plan's."""
    return record.get("plan") == number or record.get("action") == RESTORE
