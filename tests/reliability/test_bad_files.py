"""Damaged, foreign, newer or unreachable data files: every command says what is wrong in
one line and exits non-zero, never changes a byte of the file, ``check`` explains, and a
damaged file comes back from the automatic backup with the command the message gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from cchc_tui.cli import main
from cchc_tui.core.planfile import PlanFile
from cchc_tui.store import Store
from tests.reliability.conftest import Office
from tests.reliability.scenario import crash_note, note_places
from tests.reliability.tools import (
    TODAY,
    assert_sound,
    file_state,
    one_line_error,
    run_cli,
)


@dataclass(frozen=True)
class Damage:
    name: str
    make: Callable[[Path], None]
    says: str  # part of the one-line English message
    restorable: bool  # the message points to ``restore``


def overwrite(payload: bytes) -> Callable[[Path], None]:
    # In place, as a stray "> cchc.json" or a careless editor would.
    return lambda path: path.write_bytes(payload)


def truncate(path: Path) -> None:
    payload = path.read_bytes()
    path.write_bytes(payload[: len(payload) // 2])


def edit(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = orjson.loads(path.read_bytes())
        change(data)
        path.write_bytes(orjson.dumps(data))

    return make


def into_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


DAMAGES = [
    Damage("empty", overwrite(b""), "is damaged (empty)", True),
    Damage("truncated", truncate, "is damaged (JSON:", True),
    Damage("not JSON", overwrite(b"PK\x03\x04\xff\xfe binary"), "is damaged (JSON:", True),
    Damage(
        "JSON of another program",
        overwrite(b'{"name": "my-app", "version": "1.0.0"}'),
        "is not a cchc-tui data file (no _meta)",
        False,
    ),
    Damage(
        "TinyDB file without our _meta",
        overwrite(b'{"_default": {"1": {"title": "todo"}}}'),
        "is not a cchc-tui data file (no _meta)",
        False,
    ),
    Damage(
        "our file without its schema version",
        edit(lambda data: data["_meta"]["1"].pop("schema")),
        "is damaged (_meta.schema)",
        True,
    ),
    Damage(
        "a newer schema version",
        edit(lambda data: data["_meta"]["1"].update(schema=2)),
        "has data version 2, newer than this cchc-tui supports (1)",
        False,
    ),
    Damage(
        "a unit with a missing field",
        edit(lambda data: data["units"]["3"].pop("name")),
        "is damaged (unit #3: name)",
        True,
    ),
    Damage(
        "a unit with a field of the wrong type",
        edit(lambda data: data["units"]["5"].update(notes=["not", "a", "table"])),
        "is damaged (unit #5: notes)",
        True,
    ),
    Damage("a folder instead of a file", into_folder, "is a folder, not a data file", False),
]


def cli_in_process(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(db), "--lang", "en", "--today", TODAY, *args])
    return code, capsys.readouterr().err.strip()


def files(store: Store) -> tuple[object, ...]:
    return tuple(file_state(path) for path in (store.path, store.backup_path))


@pytest.mark.parametrize("damage", DAMAGES, ids=[damage.name for damage in DAMAGES])
def test_a_bad_data_file_is_refused_in_one_line_and_left_as_it_is(
    store: Store, damage: Damage, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))  # now there is a backup: the file as created
    damage.make(store.path)
    before = files(store)

    summary = one_line_error(run_cli(store.path, "--lang", "en", "--today", TODAY, "summary"))
    assert damage.says in summary
    assert files(store) == before
    for command in (["check"], ["note", "hong khe", "lost?"], ["history"], ["units"]):
        code, err = cli_in_process(store.path, *command, capsys=capsys)
        assert code == 3, (command, err)
        assert err.count("\n") == 0, err
        assert damage.says in err, (command, err)
        assert files(store) == before, command
    restore_hint = f"Restore the automatic backup with: cchc-tui --db {store.path} restore"
    assert (restore_hint in summary) == damage.restorable


@pytest.mark.parametrize(
    "damage", [d for d in DAMAGES if d.name != "a folder instead of a file"], ids=lambda d: d.name
)
def test_the_damaged_file_comes_back_from_the_backup(store: Store, damage: Damage) -> None:
    store.apply(crash_note(store.load(), 0))
    damage.make(store.path)
    damaged = store.path.read_bytes()

    restored = run_cli(store.path, "--lang", "en", "restore")
    assert restored.code == 0, restored.err
    assert "Restored" in restored.out
    assert_sound(store.path)
    assert note_places(store.load()) == {}  # the state before the last change
    kept = list(store.path.parent.glob("cchc.json.damaged-*"))
    assert [path.read_bytes() for path in kept] == [damaged]
    assert run_cli(store.path, "--today", TODAY, "summary").code == 0


def test_a_folder_in_place_of_the_file_is_not_restored_over(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))
    into_folder(store.path)
    code, err = cli_in_process(store.path, "restore", capsys=capsys)
    assert code == 3
    assert "is a folder" in err
    assert store.path.is_dir()


def test_a_broken_history_entry_is_named_by_check_and_history(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.apply(crash_note(store.load(), 0))
    store.apply(crash_note(store.load(), 1))
    edit(lambda data: data["history"]["1"].update(edits="oops"))(store.path)
    before = files(store)
    for command in (["check"], ["history"]):
        code, err = cli_in_process(store.path, *command, capsys=capsys)
        assert code == 3
        assert "is damaged (history #1: edits)" in err
        assert "Restore the automatic backup" in err
    assert files(store) == before


def test_restore_without_a_backup_says_there_is_none(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.path.write_bytes(b"")
    code, err = cli_in_process(store.path, "restore", capsys=capsys)
    assert code == 3
    assert "There is no backup" in err
    code, err = cli_in_process(store.path, "summary", capsys=capsys)
    assert "Restore the automatic backup" not in err  # there is none to offer
    assert store.path.read_bytes() == b""


def test_a_bad_backup_is_not_restored(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    store.apply(crash_note(store.load(), 0))
    store.path.write_bytes(b"{")
    store.backup_path.write_bytes(b"[]")
    code, err = cli_in_process(store.path, "restore", capsys=capsys)
    assert code == 3
    assert "cannot be used either" in err
    assert store.path.read_bytes() == b"{"
    code, err = cli_in_process(store.path, "summary", capsys=capsys)
    assert "Restore the automatic backup" not in err  # no promise restore cannot keep


# --- permissions, as a real unprivileged user ------------------------------------------


@pytest.fixture
def root_file(open_folder: Path, sample: PlanFile) -> Path:
    """A data file root created in a folder everyone can reach."""
    db = open_folder / "cchc.json"
    Store(db, "admin").create(sample)
    return db


@pytest.mark.slow
def test_a_file_the_user_cannot_read(office: Office, root_file: Path) -> None:
    root_file.chmod(0o600)
    before = file_state(root_file)
    clerk = office.clerks[0]
    for command in (["summary"], ["check"], ["note", "hong khe", "x"]):
        line = one_line_error(run_cli(root_file, "--lang", "en", *command, account=clerk))
        assert f"No permission to read the data file {root_file}" in line
    assert file_state(root_file) == before


@pytest.mark.slow
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_file_the_user_cannot_write(office: Office, root_file: Path, what: str) -> None:
    if what == "file":
        root_file.chmod(0o644)
    else:
        root_file.chmod(0o666)
        root_file.parent.chmod(0o755)  # no new files in the folder: no atomic rename
    before = file_state(root_file)
    clerk = office.clerks[0]
    shown = run_cli(root_file, "--today", TODAY, "summary", account=clerk)
    assert shown.code == 0, shown.err  # reading is fine
    assert run_cli(root_file, "check", account=clerk).code == 0
    line = one_line_error(
        run_cli(root_file, "--lang", "en", "note", "hong khe", "x", account=clerk)
    )
    assert "is read-only" in line
    assert file_state(root_file) == before
    assert not [p for p in root_file.parent.iterdir() if p.name.startswith(".")]
