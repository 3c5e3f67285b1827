"""One data file on a shared server: every write keeps the file's mode and group, so the
rest of the office can go on writing; in a setgid group folder the data, lock and backup
files stay readable and writable by the group and never writable by everyone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cchc_tui.core.errors import DataFileError
from cchc_tui.core.planfile import PlanFile
from cchc_tui.store import Store
from tests.reliability.conftest import Office
from tests.reliability.scenario import crash_note, note_places
from tests.reliability.tools import TODAY, one_line_error, run_cli


def companions(db: Path) -> tuple[Path, Path, Path, Path]:
    """The data file, its lock, its backup and its history log."""
    return (
        db,
        db.with_name(db.name + ".lock"),
        db.with_name(db.name + ".bak"),
        db.with_name(db.name + ".history"),
    )


def write_note(store: Store, number: int) -> None:
    store.apply(crash_note(store.load(), number))


def test_a_write_keeps_the_mode_of_the_file(store: Store) -> None:
    store.path.chmod(0o640)
    write_note(store, 0)
    write_note(store, 1)
    data, lock, backup, log = companions(store.path)
    for path in (data, backup, log):
        assert stat.S_IMODE(path.stat().st_mode) == 0o640, path
    # The group may read the file, not write it: nor may it open the lock (and hold it).
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600


def test_a_write_keeps_the_group_of_the_file(store: Store) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give the file a group it is not in")
    os.chown(store.path, -1, 4242)
    write_note(store, 0)
    write_note(store, 1)
    assert store.path.stat().st_gid == 4242
    assert store.backup_path.stat().st_gid == 4242
    assert store.lock_path.stat().st_gid == 4242


def test_a_new_file_is_never_writable_by_everyone(tmp_path: Path, sample: PlanFile) -> None:
    db = tmp_path / "new.json"
    old_umask = os.umask(0)
    try:
        Store(db, "tester").create(sample)
    finally:
        os.umask(old_umask)
    for path in (db, db.with_name(db.name + ".lock")):
        assert not path.stat().st_mode & stat.S_IWOTH, path


@pytest.mark.slow
@pytest.mark.parametrize("creator_umask", [0o022, 0o077])
def test_two_clerks_take_turns_in_a_setgid_group_folder(
    office: Office, open_folder: Path, creator_umask: int
) -> None:
    folder = open_folder / "cchc"
    folder.mkdir()
    os.chown(folder, 0, office.gid)
    folder.chmod(0o2770)
    db = folder / "cchc.json"
    first, second = office.clerks

    created = run_cli(db, "--today", TODAY, "summary", account=first, umask=creator_umask)
    assert created.code == 0, created.err
    umasks = (0o022, 0o077, 0o002)
    for turn in range(6):
        clerk = office.clerks[turn % 2]
        text = f"lần {turn} của {clerk.name}"
        done = run_cli(db, "note", "hong khe", text, account=clerk, umask=umasks[turn % 3])
        assert done.code == 0, (clerk.name, done.err)
        assert db.stat().st_uid == clerk.uid  # a new file, written by this clerk
        for path in companions(db):
            mode = path.stat().st_mode
            assert path.stat().st_gid == office.gid, path
            assert mode & (stat.S_IRGRP | stat.S_IWGRP) == stat.S_IRGRP | stat.S_IWGRP, path
            assert not mode & stat.S_IWOTH, path

    store = Store(db, "reader")
    notes = {note.text: note.by for note in store.load().find("hong khe").notes}
    assert notes == {
        f"lần {t} của {office.clerks[t % 2].name}": office.clerks[t % 2].name for t in range(6)
    }
    assert [entry.who for entry in store.history()] == [office.clerks[t % 2].name for t in range(6)]
    checked = run_cli(db, "check", account=second)
    assert checked.code == 0, checked.err


@pytest.mark.slow
def test_in_a_sticky_folder_the_other_clerk_is_told_the_file_is_read_only(
    office: Office, open_folder: Path
) -> None:
    """chmod +t lets only a file's owner rename over it, so an atomic write by anyone else
    fails: the other clerk is refused up front, in one line, and nothing changes."""
    folder = open_folder / "cchc"
    folder.mkdir()
    os.chown(folder, 0, office.gid)
    folder.chmod(0o3770)
    db = folder / "cchc.json"
    first, second = office.clerks
    assert run_cli(db, "--today", TODAY, "summary", account=first).code == 0
    before = {path: path.read_bytes() for path in companions(db) if path.exists()}
    refused = run_cli(db, "--lang", "en", "note", "hong khe", "x", account=second)
    assert "is sticky" in one_line_error(refused)
    assert {path: path.read_bytes() for path in companions(db) if path.exists()} == before
    assert run_cli(db, "note", "hong khe", "x", account=first).code == 0


def test_writing_through_your_own_symlink_updates_the_file_it_points_to(
    store: Store, tmp_path: Path
) -> None:
    link = tmp_path / "elsewhere" / "my-link.json"
    link.parent.mkdir()
    link.symlink_to(store.path)
    write_note(Store(link, "tester"), 0)
    assert link.is_symlink()
    assert len(note_places(store.load())) == 1
    assert store.backup_path.exists()
    assert not (link.parent / "my-link.json.lock").exists()


def test_another_users_symlink_is_refused_not_followed(store: Store, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can make a symlink that belongs to someone else")
    planted = tmp_path / "planted.json"
    planted.symlink_to(store.path)
    os.lchown(planted, 65534, 65534)
    before = store.path.read_bytes()
    with pytest.raises(DataFileError) as refused:
        Store(planted, "tester")
    assert refused.value.key == "safety.link_foreign"
    assert planted.is_symlink()
    assert store.path.read_bytes() == before
