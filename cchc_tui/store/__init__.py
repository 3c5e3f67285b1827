"""The only package that touches files: the data file, its lock and backup, the sample plan."""

from __future__ import annotations

from pathlib import Path

from cchc_tui.store.paths import (
    current_user,
    default_db_path,
    make_data_folder,
    resolve_db_path,
    sample_plan,
    stated_name,
)
from cchc_tui.store.store import Store

__all__ = ["Store", "open_store"]


def open_store(db_option: str | None, *, create: bool = True) -> tuple[Store, bool]:
    """The store for the chosen path; a missing file is created from the sample plan.

    Returns whether it was created, so the caller can say so: a mistyped path must
    not start a fresh plan unnoticed.
    """
    path: Path = resolve_db_path(db_option)
    store = Store(path, current_user())
    store.named = stated_name()
    if not create or path.exists() or path.is_symlink():
        return store, False
    if path == default_db_path():
        make_data_folder(path)
    store.create(sample_plan())
    return store, True
