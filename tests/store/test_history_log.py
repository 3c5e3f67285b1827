"""The history in its log beside the data file (issue 15): one append per change, readers
that stop at the commit point, a crashed writer's line cut, the first layout moved out,
a damaged line reported, and only the lines asked about read."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest

from cchc_tui.core.errors import DataFileError
from cchc_tui.core.i18n import error_text
from cchc_tui.core.workflow import schedule
from cchc_tui.store import Store, history_log
from cchc_tui.store.history_log import log_path
from tests.store.tools import other_user

D = date(2023, 10, 5)


def _schedule(store: Store, query: str, day: date = D) -> None:
    seen = store.load()
    store.apply(schedule(seen.plan, seen.find(query), day))


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log_path(path).read_bytes().splitlines()]


def _meta(path: Path) -> dict[str, Any]:
    return orjson.loads(path.read_bytes())["_meta"]["1"]


def test_a_change_appends_one_line_and_the_data_file_keeps_only_the_commit_point(
    store: Store,
) -> None:
    _schedule(store, "hong khe")
    _schedule(store, "tan hong")
    data = orjson.loads(store.path.read_bytes())
    assert "history" not in data
    assert [(r["id"], r["who"], r["unit"]) for r in _lines(store.path)] == [
        (1, "tester", "xa-hong-khe"),
        (2, "tester", "xa-tan-hong"),
    ]
    meta = data["_meta"]["1"]
    assert (meta["history_bytes"], meta["last_change"]) == (log_path(store.path).stat().st_size, 2)
    assert store.check() == (1, 28, 2)


def test_the_log_gets_the_data_files_group_and_mode(store: Store) -> None:
    store.path.chmod(0o640)
    _schedule(store, "hong khe")
    assert log_path(store.path).stat().st_mode & 0o777 == 0o640


def _crashed_writer_line(store: Store, record_id: int, *, torn: bool = False) -> None:
    """What a writer killed between its append and its data file write leaves."""
    line = history_log.line_of(
        {
            "id": record_id,
            "at": "2023-09-20T08:00:00+07:00",
            "who": "ghost",
            "plan": "96/KH-UBND",
            "unit": "xa-hong-khe",
            "action": "note",
            "args": {},
            "edits": [],
            "undoes": None,
        }
    )
    with log_path(store.path).open("ab") as log:
        log.write(line[: len(line) // 2] if torn else line)


@pytest.mark.parametrize("torn", [False, True])
def test_a_line_past_the_commit_point_is_never_read_and_the_next_change_cuts_it(
    store: Store, torn: bool
) -> None:
    _schedule(store, "hong khe")
    seen = store.load()
    _crashed_writer_line(store, 2, torn=torn)
    assert [e.id for e in store.history()] == [1]
    assert store.changes_since(0) == store.history()
    assert store.changes_since(seen.last_change) == []
    assert store.check() == (1, 28, 1)
    _schedule(other_user(store), "tan hong")
    assert [(e.id, e.who) for e in store.history()] == [(1, "tester"), (2, "lan")]
    assert [r["who"] for r in _lines(store.path)] == ["tester", "lan"]
    assert store.check() == (1, 28, 2)


def test_a_data_file_put_back_by_hand_has_its_dropped_changes_recorded(store: Store) -> None:
    _schedule(store, "hong khe")
    older = store.path.read_bytes()
    _schedule(store, "tan hong")
    _schedule(store, "long xuyen")
    store.path.write_bytes(older)  # an older copy, put back with cp
    _schedule(other_user(store), "thuc khang")
    history = store.history()
    assert [(e.id, e.action) for e in history] == [
        (1, "schedule"),
        (2, "schedule"),
        (3, "schedule"),
        (4, "restore"),
        (5, "schedule"),
    ]
    assert (history[1].undone_by, history[2].undone_by) == (4, 4)
    assert history[3].args == {"rolled_back": [2, 3], "how": "found"}
    assert store.check() == (1, 28, 5)


def test_damaged_lines_of_the_log_are_reported_by_check(store: Store) -> None:
    for query in ("hong khe", "tan hong", "long xuyen"):
        _schedule(store, query)
    log = log_path(store.path)
    lines = log.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"who":"tester"', b'"who":12345678')
    log.write_bytes(b"\n".join(lines))
    with pytest.raises(DataFileError) as caught:
        store.check()
    assert caught.value.key == "db_corrupt"
    detail = caught.value.params["detail"]
    assert (detail.key, detail.params) == ("log_field", {"line": 2, "change": 2, "field": "who"})
    assert "dòng 2, thay đổi #2: trường who hỏng" in error_text(caught.value, "vi")
    lines[1] = b"{not json" + b" " * (len(lines[1]) - 9)
    log.write_bytes(b"\n".join(lines))
    with pytest.raises(DataFileError) as caught:
        store.check()
    detail = caught.value.params["detail"]
    assert (detail.key, detail.params) == ("log_line", {"line": 2})
    assert "(dòng 2 của nhật ký không đọc được)" in error_text(caught.value, "vi")


def test_a_missing_or_cut_log_is_damage_not_a_silent_loss(store: Store) -> None:
    _schedule(store, "hong khe")
    _schedule(store, "tan hong")
    log = log_path(store.path)
    log.write_bytes(log.read_bytes()[:10])
    for attempt in (store.check, store.history, lambda: _schedule(store, "long xuyen")):
        with pytest.raises(DataFileError) as caught:
            attempt()
        assert caught.value.key == "db_corrupt"
    log.unlink()
    with pytest.raises(DataFileError):
        _schedule(store, "long xuyen")
    assert store.load().find("long xuyen").inspection_date is None


def test_a_new_data_file_does_not_continue_an_orphan_log(tmp_path: Path, sample: Any) -> None:
    path = tmp_path / "data.json"
    first = Store(path, "tester")
    first.create(sample)
    _schedule(first, "hong khe")
    path.unlink()
    again = Store(path, "tester")
    again.create(sample)
    assert again.history() == []
    assert [p.name for p in tmp_path.glob("data.json.history.orphan-*")]
    _schedule(again, "tan hong")
    assert [e.id for e in again.history()] == [1]


# --- the first layout ----------------------------------------------------------------------


def _first_layout(store: Store) -> dict[str, Any]:
    """Turn ``store``'s file into the first layout: history inside, no log (as 0.x wrote)."""
    data = orjson.loads(store.path.read_bytes())
    records = _lines(store.path) if log_path(store.path).exists() else []
    data["history"] = {str(r.pop("id")): {**r, "undone_by": None} for r in records}
    meta = data["_meta"]["1"]
    meta["schema"] = 1
    del meta["history_bytes"], meta["last_change"]
    store.path.write_bytes(orjson.dumps(data))
    log_path(store.path).unlink(missing_ok=True)
    return data


def test_a_first_layout_file_is_read_as_it_is_and_moved_out_by_its_first_change(
    store: Store,
) -> None:
    _schedule(store, "hong khe")
    _schedule(store, "hong khe", date(2023, 10, 6))
    store.undo()
    legacy = _first_layout(store)
    # An undo recorded before undo records named what they undid: the old record says it.
    legacy["history"]["1"]["undone_by"] = 3
    legacy["history"]["3"]["undoes"] = None
    store.path.write_bytes(orjson.dumps(legacy))
    reader = Store(store.path, "reader")
    assert [(e.id, e.undone_by) for e in reader.history()] == [(1, 3), (2, None), (3, None)]
    assert reader.load().last_change == 3
    assert reader.check() == (1, 28, 3)

    _schedule(store, "tan hong")
    data = orjson.loads(store.path.read_bytes())
    assert "history" not in data and data["_meta"]["1"]["schema"] == 2
    assert [r["id"] for r in _lines(store.path)] == [1, 2, 3, 4]
    assert [(e.id, e.undone_by) for e in reader.history()] == [
        (1, 3),
        (2, None),
        (3, None),
        (4, None),
    ]
    assert reader.check() == (1, 28, 4)
    # The backup is the first layout as it was: the file before the change.
    assert "history" in orjson.loads(store.backup_path.read_bytes())


def test_moving_the_history_out_again_after_a_crash_writes_it_once(store: Store) -> None:
    _schedule(store, "hong khe")
    legacy = _first_layout(store)
    # Killed after the log was renamed in place, before the data file dropped its history.
    log_path(store.path).write_bytes(history_log.legacy_bytes(legacy["history"]))
    _schedule(store, "tan hong")
    assert [r["id"] for r in _lines(store.path)] == [1, 2]
    assert store.check() == (1, 28, 2)


# --- reading only what is asked ----------------------------------------------------------


def _grow(store: Store, count: int) -> None:
    """``count`` recorded changes by someone else, written straight into the log."""
    data = orjson.loads(store.path.read_bytes())
    meta = data["_meta"]["1"]
    last = meta["last_change"]
    units = [doc["key"] for doc in data["units"].values()]
    lines = b"".join(
        history_log.line_of(
            {
                "id": last + n,
                "at": "2023-09-20T08:00:00+07:00",
                "who": "archive",
                "plan": "96/KH-UBND",
                "unit": units[n % len(units)],
                "action": "note",
                "args": {},
                "edits": [],
                "undoes": None,
            }
        )
        for n in range(1, count + 1)
    )
    with log_path(store.path).open("ab") as log:
        log.write(lines)
    meta["history_bytes"] = log_path(store.path).stat().st_size
    meta["last_change"] = last + count
    store.path.write_bytes(orjson.dumps(data))


def test_polling_for_changes_reads_only_the_new_tail(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _grow(store, 5000)
    seen = store.load()
    _schedule(other_user(store), "hong khe")
    read: list[int] = []
    real = history_log.Committed.read

    def counted(self: history_log.Committed, start: int, stop: int) -> bytes:
        read.append(stop - start)
        return real(self, start, stop)

    monkeypatch.setattr(history_log.Committed, "read", counted)
    (entry,) = store.changes_since(seen.last_change)
    assert (entry.id, entry.who) == (5001, "lan")
    assert sum(read) <= 1 << 16
    read.clear()
    assert store.changes_since(entry.id) == []
    assert read == []


def test_a_units_history_parses_only_the_lines_that_name_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _grow(store, 2800)
    _schedule(store, "hong khe")
    parsed: list[bytes] = []
    real = history_log.parse_line

    def counted(line: bytes, number: int | str) -> dict[str, Any]:
        parsed.append(line)
        return real(line, number)

    monkeypatch.setattr(history_log, "parse_line", counted)
    entries = store.history(unit_key="xa-hong-khe")
    assert len(entries) == 101  # every 28th of the 2,800, and the schedule
    assert len(parsed) == 101
    assert entries[-1].action == "schedule"


def test_undo_and_conflicts_find_their_change_behind_a_long_history(store: Store) -> None:
    _schedule(store, "hong khe")
    seen = store.load()
    _grow(store, 3000)
    _schedule(other_user(store), "tan hong")
    with pytest.raises(Exception) as caught:
        store.apply(schedule(seen.plan, seen.find("tan hong"), date(2023, 10, 9)))
    assert caught.value.params["who"] == "lan"
    entry, _ = store.undo()
    assert entry.id == 1


@pytest.mark.parametrize("planted", ["fifo", "link"])
def test_a_fifo_or_a_link_in_place_of_the_log_is_refused_not_followed(
    store: Store, tmp_path: Path, planted: str
) -> None:
    _schedule(store, "hong khe")
    log = log_path(store.path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(log.read_bytes())
    log.unlink()
    if planted == "fifo":
        os.mkfifo(log)
    else:
        log.symlink_to(elsewhere)
    for attempt in (store.history, store.check, lambda: _schedule(store, "tan hong")):
        with pytest.raises(DataFileError):
            attempt()
    assert elsewhere.read_bytes().count(b"\n") == 1
