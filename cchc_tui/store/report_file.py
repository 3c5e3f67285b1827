"""Writing a report where the person asked: whole or not at all, never over the data file."""

from __future__ import annotations

from pathlib import Path

from cchc_tui.core.errors import UserError
from cchc_tui.store.fileio import atomic_write
from cchc_tui.store.store import Store


def save_report(target: Path, payload: str | bytes, store: Store) -> None:
    """Write ``payload`` (text as UTF-8) to ``target`` through a temp file renamed over it,
    so a full disk or a killed process leaves the file that was there as it was.

    ``UserError`` when ``target`` is the data file (or its backup or lock) or the write fails.
    """
    if _is_store_file(target, store):
        raise UserError("report.output_is_data", path=str(target))
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    try:
        atomic_write(target, data)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise UserError("output_failed", path=str(target), detail=detail) from None


def _is_store_file(target: Path, store: Store) -> bool:
    try:
        resolved = target.expanduser().resolve()
        return any(
            resolved == path.resolve() for path in (store.path, store.backup_path, store.lock_path)
        )
    except OSError:
        return False
