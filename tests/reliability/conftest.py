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


@pytest.fixture(scope="session")
def office() -> Iterator[Office]:
    """Group ``cchc<random>`` with clerks ``cchca<random>`` and ``cchcb<random>``, removed after."""
    _need_root_tools()
    tag = secrets.token_hex(3)
    group = f"cchc{tag}"
    names = (f"cchca{tag}", f"cchcb{tag}")
    created: list[str] = []
    try:
        _run("groupadd", group)
        gid = grp.getgrnam(group).gr_gid
        for name in names:
            _run("useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", "-G", group, name)
            created.append(name)
        clerks = tuple(
            Account(name, pwd.getpwnam(name).pw_uid, pwd.getpwnam(name).pw_gid, (gid,))
            for name in names
        )
        yield Office(group, gid, clerks)  # type: ignore[arg-type]
    finally:
        for name in created:
            subprocess.run(["userdel", name], check=False, capture_output=True)
        subprocess.run(["groupdel", group], check=False, capture_output=True)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own tmp folder is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="cchc-reliability-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
