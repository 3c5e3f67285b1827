"""The data file as the CLI and the TUI rely on it: layout, history, conflicts, undo, plans."""

from __future__ import annotations

import json
import os
import pwd
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from cchc_tui.core.errors import ConflictError, DataFileError, RuleError, UserError
from cchc_tui.core.i18n import error_text
from cchc_tui.core.model import Step
from cchc_tui.core.planfile import PlanFile, parse_plan_file
from cchc_tui.core.workflow import add_note, mark, schedule
from cchc_tui.store import Store, open_store
from cchc_tui.store.paths import sample_plan_text
from tests.conftest import SEPT_20
from tests.store.tools import other_user

D = date(2023, 10, 5)


def test_a_new_file_holds_the_plan_in_tinydb_layout_with_our_schema(store: Store) -> None:
    data = json.loads(store.path.read_bytes())
    assert set(data) == {"_meta", "plans", "units"}
    assert data["_meta"]["1"] == {
        "app": "cchc-tui",
        "schema": 2,
        "current_plan": "96/KH-UBND",
        "history_bytes": 0,
        "last_change": 0,
    }
    snapshot = store.load()
    assert (snapshot.plan.number, len(snapshot.units), snapshot.last_change) == (
        "96/KH-UBND",
        28,
        0,
    )
    assert snapshot.plans == ("96/KH-UBND",)


def test_a_change_is_written_and_recorded_with_who_and_old_and_new(store: Store) -> None:
    before = store.load()
    unit = before.find("hong khe")
    after = store.apply(schedule(before.plan, unit, D))
    assert after.find("hong khe").inspection_date == D
    assert after.last_change == 1
    (entry,) = store.history()
    assert (entry.who, entry.unit, entry.action) == ("tester", "xa-hong-khe", "schedule")
    assert [(e.field, e.old, e.new) for e in entry.edits] == [
        ("inspection_date", None, "2023-10-05")
    ]
    assert store.history(unit_key="xa-tan-hong") == []
    # another reader sees it at once
    assert other_user(store).load().find("hong khe").inspection_date == D


def test_each_write_keeps_the_previous_state_as_backup(store: Store) -> None:
    first = store.path.read_bytes()
    snapshot = store.load()
    store.apply(schedule(snapshot.plan, snapshot.find("hong khe"), D))
    assert store.backup_path.read_bytes() == first
    assert store.version() != snapshot.version


def test_a_field_changed_by_someone_else_since_i_looked_is_a_conflict(store: Store) -> None:
    seen = store.load()
    unit = seen.find("hong khe")
    other_user(store).apply(schedule(seen.plan, unit, D))
    before = store.path.read_bytes()
    with pytest.raises(ConflictError) as caught:
        store.apply(schedule(seen.plan, unit, date(2023, 10, 6)))
    assert caught.value.params["who"] == "lan"
    assert caught.value.exit_code == 4
    assert store.path.read_bytes() == before
    assert store.load().find("hong khe").inspection_date == D


def test_changes_to_other_fields_and_notes_from_a_stale_view_both_land(store: Store) -> None:
    seen = store.load()
    hong_khe = seen.find("hong khe")
    at = datetime(2023, 9, 20, 9, 0).astimezone()
    other_user(store).apply(schedule(seen.plan, hong_khe, D))
    other_user(store).apply(add_note(hong_khe, "của Lan", "lan", at, "a1"))
    store.apply(add_note(hong_khe, "của tôi", "tester", at, "a1"))
    store.apply(schedule(seen.plan, seen.find("tan hong"), D))
    now = store.load()
    assert [note.text for note in now.find("hong khe").notes] == ["của Lan", "của tôi"]
    assert now.find("tan hong").inspection_date == D
    assert len(store.history()) == 4


def test_undo_reverts_only_my_own_last_change_and_is_recorded(store: Store) -> None:
    seen = store.load()
    store.apply(schedule(seen.plan, seen.find("hong khe"), D))
    other_user(store).apply(schedule(seen.plan, seen.find("tan hong"), D))
    entry, after = store.undo()
    assert entry.id == 1
    assert after.find("hong khe").inspection_date is None
    assert after.find("tan hong").inspection_date == D
    history = store.history()
    assert [(e.id, e.action, e.undoes, e.undone_by) for e in history] == [
        (1, "schedule", None, 3),
        (2, "schedule", None, None),
        (3, "undo", 1, None),
    ]
    with pytest.raises(UserError) as caught:
        store.undo()
    assert caught.value.key == "undo_nothing"


def test_undo_is_refused_when_someone_changed_the_field_since(store: Store) -> None:
    seen = store.load()
    scheduled = store.apply(schedule(seen.plan, seen.find("hong khe"), D))
    other_user(store).apply(
        mark(scheduled.plan, scheduled.find("hong khe"), Step.NOTIFIED, SEPT_20, SEPT_20)
    )
    other_user(store).apply(schedule(scheduled.plan, scheduled.find("hong khe"), date(2023, 10, 9)))
    with pytest.raises(ConflictError) as caught:
        store.undo()
    assert caught.value.key == "undo_conflict"
    assert store.load().find("hong khe").inspection_date == date(2023, 10, 9)


def _second_plan() -> PlanFile:
    text = sample_plan_text().replace('number = "96/KH-UBND"', 'number = "97/KH-UBND"')
    return parse_plan_file(text, "97.toml")


def test_an_imported_plan_becomes_current_and_the_first_stays_reachable(store: Store) -> None:
    imported = store.import_plan(_second_plan())
    assert imported.plan.number == "97/KH-UBND"
    assert store.load().plan.number == "97/KH-UBND"
    assert store.load("96/KH-UBND").plan.number == "96/KH-UBND"
    assert set(store.load().plans) == {"96/KH-UBND", "97/KH-UBND"}
    with pytest.raises(UserError) as caught:
        store.import_plan(_second_plan())
    assert caught.value.key == "plan_exists"
    assert store.check() == (2, 56, 1)


def test_open_store_creates_a_missing_file_and_says_so(db_path: Path) -> None:
    created_store, created = open_store(str(db_path))
    assert created
    assert created_store.load().plan.number == "96/KH-UBND"
    _, again = open_store(str(db_path))
    assert not again
    untouched, created = open_store(str(db_path.with_name("other.json")), create=False)
    assert not created
    assert not untouched.path.exists()


def test_the_history_records_the_os_user_and_a_given_name_beside_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = pwd.getpwuid(os.geteuid()).pw_name
    monkeypatch.setenv("USER", "someone-else")  # what getpass would believe
    monkeypatch.setenv("LOGNAME", "someone-else")
    monkeypatch.setenv("CCHC_TUI_USER", "  ")
    assert (open_store(str(db_path))[0].user, open_store(str(db_path))[0].named) == (account, "")
    monkeypatch.setenv("CCHC_TUI_USER", "van-thu")
    store = open_store(str(db_path))[0]
    assert (store.user, store.named, store.author) == (account, "van-thu", f"{account} (van-thu)")


def test_checking_a_missing_file_says_it_is_missing_not_damaged(db_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        Store(db_path, "tester").check()
    assert caught.value.key == "db_missing"
    assert error_text(caught.value, "vi").startswith("Không có tệp dữ liệu")


def test_a_conflict_names_the_field_and_date_as_people_say_them(store: Store) -> None:
    seen = store.load()
    other_user(store).apply(schedule(seen.plan, seen.find("hong khe"), D))
    with pytest.raises(ConflictError) as caught:
        store.apply(schedule(seen.plan, seen.find("hong khe"), date(2023, 10, 6)))
    message = error_text(caught.value, "vi")
    assert "Ngày kiểm tra" in message
    assert "05/10/2023" in message


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may write a 0o444 file")
def test_root_writes_a_read_only_file_as_unix_lets_it_and_the_file_stays_read_only(
    store: Store,
) -> None:
    store.path.chmod(0o444)
    store.lock_path.unlink(missing_ok=True)
    seen = store.load()
    assert not store.read_only
    store.apply(schedule(seen.plan, seen.find("hong khe"), D))
    assert Store(store.path, "lan").load().find("hong khe").inspection_date == D
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o444


def test_undo_never_leaves_steps_in_an_impossible_order(store: Store) -> None:
    seen = store.load()
    scheduled = store.apply(schedule(seen.plan, seen.find("hong khe"), D))
    notified = store.apply(
        mark(scheduled.plan, scheduled.find("hong khe"), Step.NOTIFIED, SEPT_20, SEPT_20)
    )
    other_user(store).apply(
        mark(notified.plan, notified.find("hong khe"), Step.REPORT, SEPT_20, SEPT_20)
    )
    with pytest.raises(RuleError) as caught:  # Lan's report needs the notice undo would take
        store.undo()
    assert caught.value.key == "undo_order"
    unit = store.load().find("hong khe")
    assert (unit.notified_on, unit.report_on) == (SEPT_20, SEPT_20)


def test_a_unit_written_by_hand_with_nulls_for_blanks_still_opens(store: Store) -> None:
    """msgspec reads a file strictly; what only the lenient reading takes (a null title, a
    null note) is read that way, not refused."""
    document = json.loads(store.path.read_bytes())
    record = document["units"]["1"]
    record["title"] = None
    record["items"] = {"any-item": {"verdict": "dat", "note": None}}
    store.path.write_text(json.dumps(document), encoding="utf-8")
    unit = Store(store.path, "lan").load().units[0]
    assert (unit.title, unit.display_name) == ("", record["name"])
    assert unit.items["any-item"].note == ""
