"""What the store's tests share."""

from __future__ import annotations

from cchc_tui.store import Store


def other_user(store: Store, name: str = "lan") -> Store:
    """Another person on the same data file."""
    return Store(store.path, name, lock_timeout=2)
