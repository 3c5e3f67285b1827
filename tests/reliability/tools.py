"""Running the CLI and the harness in child processes, and looking at the data file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import orjson

from cchc_tui.store import Store
from cchc_tui.store.fileio import leftover_temps
from cchc_tui.store.layout import decode, whole_file_problem

REPO = Path(__file__).resolve().parents[2]
TODAY = "20/09/2023"
SEPT_20 = date(2023, 9, 20)
CHILD_TIMEOUT = 120  # seconds; only so that a hung child fails the test instead of hanging CI


@dataclass(frozen=True)
class Account:
    """A real, unprivileged user the tests create; ``groups`` are its extra groups."""

    name: str
    uid: int
    gid: int
    groups: tuple[int, ...] = ()


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


def child_env(user: str | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CCHC_TUI_DB", None)
    if user is not None:
        env["CCHC_TUI_USER"] = user
    return env


def run_cli(db: Path, *args: str, account: Account | None = None, umask: int = 0o022) -> Outcome:
    """``python -m cchc_tui --db DB ARGS`` in a child process, as ``account`` if given."""
    cli_args = ["--db", str(db), *args]
    if account is None:
        command = [sys.executable, "-m", "cchc_tui", *cli_args]
    else:
        groups = ",".join(map(str, account.groups))
        ids = [str(account.uid), str(account.gid), groups, f"{umask:o}"]
        command = [*harness_command("as-user", *ids), *cli_args]
    done = subprocess.run(
        command,
        cwd=REPO,
        env=child_env(account.name if account else None),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def harness_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.reliability.harness", *args]


def run_harness(*args: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    env = child_env()
    if fault is not None:
        env["CCHC_TEST_FAULT"] = fault
    return subprocess.run(
        harness_command(*args),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )


def start_harness(*args: str, expect: str = "ready") -> subprocess.Popen[str]:
    """Start a harness child and wait until it says it is set up."""
    child = subprocess.Popen(
        harness_command(*args),
        cwd=REPO,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != expect:
        child.kill()
        raise AssertionError(f"harness said {line!r}: {child.communicate()[1]}")
    return child


def kill(child: subprocess.Popen[str]) -> None:
    """SIGKILL, as a power cut or the OOM killer would, and reap the child."""
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=CHILD_TIMEOUT)


def one_line_error(outcome: Outcome) -> str:
    """The single line a refused command prints; fails on a traceback or a bare exit."""
    assert outcome.code != 0, outcome
    lines = outcome.err.strip().splitlines()
    assert len(lines) == 1, outcome.err
    assert "Traceback" not in outcome.err
    return lines[0]


def file_state(path: Path) -> tuple[object, int] | None:
    """The bytes (a folder: its names) and mode of a file, to show a failed command left it
    exactly as it was."""
    try:
        if path.is_dir():
            return sorted(child.name for child in path.iterdir()), path.stat().st_mode
        return path.read_bytes(), path.stat().st_mode
    except FileNotFoundError:
        return None


def assert_sound(path: Path) -> dict[str, object]:
    """The file is valid JSON of our schema, passes ``check`` (a backup: every record of it
    sound; the history is the data file's log) and has no temp files beside it that a
    reader could mistake for it."""
    data = orjson.loads(path.read_bytes())
    assert data["_meta"]["1"]["schema"] == 2
    if path.suffix == ".bak":
        assert whole_file_problem(decode(path.read_bytes(), path)) is None
    else:
        Store(path, "checker").check()
    return data


def no_leftovers(path: Path) -> bool:
    return not leftover_temps(path)


def unsafe_characters(text: str, allowed: str = "\n\t") -> list[str]:
    """Control characters (C0, DEL, C1) and bidi controls a terminal could act on."""
    bidi = {"\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
    return [
        f"U+{ord(ch):04X}"
        for ch in text
        if (unicodedata.category(ch) == "Cc" and ch not in allowed) or ch in bidi
    ]
