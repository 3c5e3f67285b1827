"""A child process for the reliability tests (``python -m tests.reliability.harness``).

    crash DB START            write crash notes START, START+1, ... until killed, printing
                              each number once its change is saved
    mixed DB WRITER           wait for a line on stdin, then make the writer's 200 changes
    hold DB                   take the data file's lock and sleep until killed
    note DB NUMBER [TIMEOUT]  write crash note NUMBER once (with CCHC_TEST_FAULT honoured)
    note-killed-after-append DB NUMBER
                              write crash note NUMBER, and SIGKILL itself once its history
                              line is appended and synced, before the data file is written
    as-user UID GID GROUPS UMASK CLI-ARGS...
                              run ``cchc-tui CLI-ARGS`` as that user (the test runs as root)

Prints "ready" / "locked" once it is set up; a refused change prints the user's message
and exits with its code, as the CLI does.
"""

from __future__ import annotations

import codecs
import contextlib
import fcntl
import importlib
import io
import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import error_text
from cchc_tui.store import Store
from tests.reliability.faults import Faults
from tests.reliability.scenario import (
    CHANGES_PER_WRITER,
    CRASH_USER,
    crash_note,
    mixed_change,
    writer_name,
)


def crash(db: str, start: str) -> None:
    store = Store(Path(db), CRASH_USER)
    print("ready", flush=True)
    number = int(start)
    while True:
        store.apply(crash_note(store.load(), number))
        print(number, flush=True)
        number += 1


def mixed(db: str, writer: str) -> None:
    index = int(writer)
    store = Store(Path(db), writer_name(index), lock_timeout=60)
    print("ready", flush=True)
    sys.stdin.readline()
    for step in range(CHANGES_PER_WRITER):
        store.apply(mixed_change(store.load(), index, step))


def hold(db: str) -> None:
    fd = os.open(f"{db}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)  # held until the test kills this process
    print("locked", flush=True)
    while True:
        signal.pause()


def note(db: str, number: str, lock_timeout: str = "10") -> None:
    store = Store(Path(db), CRASH_USER, lock_timeout=float(lock_timeout))
    store.apply(crash_note(store.load(), int(number)))


def note_killed_after_append(db: str, number: str) -> None:
    from cchc_tui.store.history_append import Appender

    real_write = Appender.write

    def write_then_die(self: Appender, like: os.stat_result | None) -> tuple[int, int]:
        real_write(self, like)
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError("still alive")

    Appender.write = write_then_die  # type: ignore[method-assign]
    note(db, number)


def as_user(uid: str, gid: str, groups: str, umask: str, *cli_args: str) -> int:
    """Run the CLI with that user's rights. The interpreter may live where only root can
    read (/root/.pyenv), so every module is loaded first by a dry run as root."""
    from cchc_tui.cli import main as cli_main

    _load_everything(cli_main)
    os.setgroups([int(group) for group in groups.split(",") if group])
    os.setgid(int(gid))
    os.setuid(int(uid))
    os.umask(int(umask, 8))
    return cli_main(list(cli_args))


def _load_everything(cli_main: Callable[[list[str]], int]) -> None:
    for encoding in ("ascii", "latin-1", "utf-8"):  # codecs are imported on first use
        codecs.lookup(encoding)
    importlib.import_module("ctypes")  # imported by the lock only when it replaces one
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder, "warm-up.json"))
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            for command in (
                ["summary"],
                ["note", "hong khe", "warm-up"],
                ["history"],
                ["check"],
                ["restore"],
            ):
                cli_main(["--db", db, "--today", "20/09/2023", *command])


def run(argv: list[str]) -> int:
    faults = Faults.from_env()
    if faults is not None:
        faults.install()
    command, *args = argv
    if command == "as-user":
        return as_user(*args)
    try:
        {
            "crash": crash,
            "mixed": mixed,
            "hold": hold,
            "note": note,
            "note-killed-after-append": note_killed_after_append,
        }[command](*args)
    except UserError as error:
        print(error_text(error, "en"), file=sys.stderr)
        return error.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
