"""Real users and a group for the permission tests (root only), and a folder they can reach."""

from __future__ import annotations

import grp
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability.tools import Account


@dataclass(frozen=True)
class Office:
    """A group and two clerks in it, as on the district's server."""

    group: str
    gid: int
    clerks: tuple[Account, Account]


def _need_root_tools() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root: real users and a group are created to test file permissions")
    for tool in ("useradd", "userdel", "groupadd", "groupdel"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: cannot create the users this test needs")


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True)


# Written into each test user's GECOS field, so that users left by a run that was killed
# before its clean-up can be told from anyone else's and removed by a later run.
MARK = "cchc-tui reliability test, pid "


def _remove_leftovers() -> None:
    for entry in pwd.getpwall():
        if entry.pw_gecos.startswith(MARK) and not _alive(int(entry.pw_gecos[len(MARK) :])):
            _remove(entry.pw_name, f"cchc{entry.pw_name[5:]}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _remove(*names: str) -> None:
    *users, group = names
    for user in users:
        subprocess.run(["userdel", user], check=False, capture_output=True)
    subprocess.run(["groupdel", group], check=False, capture_output=True)


@pytest.fixture(scope="session")
def office() -> Iterator[Office]:
    """Group ``cchc<tag>`` with clerks ``cchca<tag>`` and ``cchcb<tag>``, removed after."""
    _need_root_tools()
    _remove_leftovers()
    tag = secrets.token_hex(3)
    group = f"cchc{tag}"
    names = (f"cchca{tag}", f"cchcb{tag}")
    try:
        _run("groupadd", group)
        gid = grp.getgrnam(group).gr_gid
        for name in names:
            _run(
                "useradd",
                *("--no-create-home", "--shell", "/usr/sbin/nologin"),
                *("--comment", f"{MARK}{os.getpid()}", "-G", group, name),
            )
        clerks = tuple(
            Account(name, pwd.getpwnam(name).pw_uid, pwd.getpwnam(name).pw_gid, (gid,))
            for name in names
        )
        yield Office(group, gid, clerks)  # type: ignore[arg-type]
    finally:
        _remove(*names, group)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own tmp folder is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="cchc-reliability-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
