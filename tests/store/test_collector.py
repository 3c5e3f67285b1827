"""The cycle collector around a load: what the store built goes to the oldest generation,
nothing stays frozen, and the caller's cyclic garbage is still collected."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from cchc_tui.store import Store


class _Cyclic:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def nothing_frozen() -> Iterator[None]:
    """As in the CLI and the TUI before its first load (the TUI tests freeze their imports)."""
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    yield
    if frozen:
        gc.freeze()


@pytest.mark.usefixtures("nothing_frozen")
def test_a_load_leaves_the_snapshot_old_nothing_frozen_and_garbage_collectable(
    store: Store,
) -> None:
    garbage = _Cyclic()
    gone = weakref.ref(garbage)
    del garbage
    snapshot = Store(store.path, "lan").load()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert id(snapshot.units) in oldest
    assert all(id(unit) in oldest for unit in snapshot.units)
    gc.collect()
    assert gone() is None  # found by the next full pass: not leaked


@pytest.mark.usefixtures("nothing_frozen")
def test_what_the_caller_froze_stays_frozen(store: Store) -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        Store(store.path, "lan").load()
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


@pytest.mark.usefixtures("nothing_frozen")
def test_a_paused_collector_stays_paused(store: Store) -> None:
    gc.disable()
    try:
        Store(store.path, "lan").load()
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
