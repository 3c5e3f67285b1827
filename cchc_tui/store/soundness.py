"""The whole file's soundness: checking every record of it (``check``), the automatic backup
of the file as it was before the last write, and putting that backup back (``restore``).

A mixin of ``Store``: the same lock and atomic write as every other change.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_tui.core.errors import DataFileError, Where, system_reason
from cchc_tui.store import fileio
from cchc_tui.store.layout import decode, whole_file_problem

if TYPE_CHECKING:
    import threading

    from cchc_tui.store.transaction import FileVersion


class SoundFile:
    """Checking the whole file; restoring its backup; saying how when the file is damaged."""

    path: Path
    backup_path: Path
    _in_memory: threading.RLock
    _cache: tuple[FileVersion, dict[str, Any]] | None

    if TYPE_CHECKING:

        def _check_writable(self) -> None: ...
        def _locked(self) -> AbstractContextManager[None]: ...
        def _write(self, payload: bytes, backup: Path | None) -> None: ...
        def _read(self) -> tuple[FileVersion, dict[str, Any]]: ...

    def restore_backup(self) -> Path:
        """Put the automatic backup back in place; the file it replaces is kept beside it."""
        self._check_writable()
        with self._locked(), self._in_memory:
            backup = self._sound_backup()
            kept = fileio.unused_name(self.path, f"damaged-{datetime.now():%Y%m%d-%H%M%S}")
            try:
                # Linked aside, not moved: at no moment is there no data file, which the next
                # command would take for a fresh install and seed with the sample plan.
                if self.path.exists():
                    fileio.keep_aside(self.path, kept)
                fileio.remove_stale_temps(self.path)
            except OSError as exc:
                raise DataFileError(
                    "db_write_failed", path=str(kept), detail=system_reason(exc)
                ) from None
            self._cache = None
            self._write(backup, None)
        return kept

    def _sound_backup(self) -> bytes:
        try:
            payload, _ = fileio.read_regular(self.backup_path)
        except FileNotFoundError:
            raise DataFileError("db_no_backup", path=str(self.backup_path)) from None
        except OSError:
            raise DataFileError("db_unreadable", path=str(self.backup_path)) from None
        try:
            self._check_all(decode(payload, self.backup_path), self.backup_path)
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
        import shlex  # only a damaged file's message needs it

        return shlex.quote(str(self.path))

    def _damaged(self, detail: Where, path: Path | None = None) -> DataFileError:
        """The data file (or ``path``, its backup) is damaged at ``detail``."""
        path = path or self.path
        hint = self._restore_hint() if path == self.path else ""
        return DataFileError("db_corrupt", path=str(path), detail=detail, restore=hint)
