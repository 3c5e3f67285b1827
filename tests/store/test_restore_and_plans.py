"""Restoring the backup loses nothing unrecorded, a change goes to the plan it was read from,
and the history names the OS account (issue 15, items 3, 4 and 8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest

from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import error_text
from cchc_tui.core.planfile import PlanFile, parse_plan_file
from cchc_tui.core.workflow import schedule
from cchc_tui.store import Store
from cchc_tui.store.history_log import log_path
from cchc_tui.store.paths import sample_plan_text
from tests.store.tools import other_user

D = date(2023, 10, 5)


def _schedule(store: Store, query: str, day: date = D) -> None:
    seen = store.load()
    store.apply(schedule(seen.plan, seen.find(query), day))


def test_restore_refuses_a_sound_file_in_one_line_offering_force(store: Store) -> None:
    _schedule(store, "hong khe")
    _schedule(other_user(store), "tan hong")
    before = store.path.read_bytes()
    with pytest.raises(UserError) as caught:
        store.restore_backup()
    assert caught.value.key == "restore_sound"
    said = error_text(caught.value, "vi")
    assert "\n" not in said and "restore --force" in said and "(#2)" in said
    assert store.path.read_bytes() == before


def test_a_forced_restore_is_recorded_and_ids_are_never_reused(store: Store) -> None:
    _schedule(store, "hong khe")
    lan = other_user(store)
    _schedule(lan, "tan hong")
    kept, rolled = store.restore_backup(force=True)
    assert rolled == [2]
    assert kept.exists()
    assert store.load().find("tan hong").inspection_date is None
    history = store.history()
    assert [(e.id, e.action, e.who, e.undone_by) for e in history] == [
        (1, "schedule", "tester", None),
        (2, "schedule", "lan", 3),
        (3, "restore", "tester", None),
    ]
    _schedule(lan, "long xuyen")
    assert [e.id for e in store.history()][-1] == 4
    # What was rolled back is not undone again: Lan's undo takes her last change.
    entry, _ = lan.undo()
    assert entry.id == 4
    with pytest.raises(UserError):
        lan.undo()
    assert store.check() == (1, 28, 5)


def test_restoring_a_damaged_file_puts_the_backup_back_and_records_it(store: Store) -> None:
    _schedule(store, "hong khe")
    _schedule(store, "tan hong")
    store.path.write_bytes(b'{"_meta": {"1": ')
    kept, rolled = Store(store.path, "tester").restore_backup()
    assert kept.read_bytes() == b'{"_meta": {"1": '
    assert rolled == [2]
    fresh = Store(store.path, "reader")
    assert fresh.load().find("hong khe").inspection_date == D
    assert [(e.id, e.action) for e in fresh.history()][-1] == (3, "restore")
    assert fresh.check() == (1, 28, 3)


def test_restoring_a_first_layout_backup_keeps_the_moved_history(store: Store) -> None:
    """The first change after an upgrade backs up the first layout; restoring it must keep
    the history the change moved out, and go on from its ids."""
    _schedule(store, "hong khe")
    data = orjson.loads(store.path.read_bytes())
    records = [orjson.loads(line) for line in log_path(store.path).read_bytes().splitlines()]
    data["history"] = {str(r.pop("id")): r for r in records}
    data["_meta"]["1"] = {"app": "cchc-tui", "schema": 1, "current_plan": "96/KH-UBND"}
    store.path.write_bytes(orjson.dumps(data))
    log_path(store.path).unlink()
    _schedule(store, "tan hong")  # moves the history out; the backup is the first layout
    _, rolled = store.restore_backup(force=True)
    assert rolled == [2]
    assert [(e.id, e.action) for e in store.history()] == [
        (1, "schedule"),
        (2, "schedule"),
        (3, "restore"),
    ]
    assert store.check() == (1, 28, 3)


# --- a change goes to the plan it was read from --------------------------------------------


def _another_plan() -> PlanFile:
    text = sample_plan_text().replace('number = "96/KH-UBND"', 'number = "97/KH-UBND"')
    return parse_plan_file(text, "97.toml")


@pytest.mark.parametrize("named", [False, True])
def test_a_change_read_before_an_import_goes_to_the_plan_it_was_read_from(
    store: Store, named: bool
) -> None:
    seen = store.load()
    other_user(store).import_plan(_another_plan())  # now the current plan
    change = schedule(seen.plan, seen.find("hong khe"), D)
    store.apply(change, seen.plan.number if named else None)
    assert store.load("96/KH-UBND").find("hong khe").inspection_date == D
    assert store.load("97/KH-UBND").find("hong khe").inspection_date is None
    assert [e.plan for e in store.history("96/KH-UBND") if e.action == "schedule"] == ["96/KH-UBND"]


# --- who -------------------------------------------------------------------------------


def test_the_name_given_is_recorded_beside_the_account_and_undo_goes_by_the_account(
    db_path: Path, sample: PlanFile
) -> None:
    lan = Store(db_path, "clerk")
    lan.named = "Lan"
    lan.create(sample)
    _schedule(lan, "hong khe")
    posing = Store(db_path, "intruder")
    posing.named = "Lan"  # the same name, another account: not Lan's changes to undo
    with pytest.raises(UserError) as caught:
        posing.undo()
    assert caught.value.key == "undo_nothing"
    (entry,) = lan.history()
    assert (entry.who, entry.named, entry.author) == ("clerk", "Lan", "clerk (Lan)")
    same_account = Store(db_path, "clerk")  # the shared login, another person's name
    same_account.named = "Bình"
    undone, _ = same_account.undo()
    assert undone.id == 1
    assert lan.history()[-1].author == "clerk (Bình)"
