"""Closing the terminal at any moment of the app's start-up ends it (issue 15, item 10).

The installed ``cchc-tui`` is started in a tmux window, which is killed after a random
delay (before Python has started, while Textual sets the terminal up, at the first
frame, after it); a second later no process of it may be left. Half the runs start the
app as the window's own process, which the kernel sends SIGHUP; the other half as a
shell's child, which gets no signal and only finds its terminal answering EIO.
"""

from __future__ import annotations

import random
import shlex
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.e2e.test_tmux import CCHC_TUI
from tests.e2e.tmux_server import TmuxServer

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

RUNS = 30
LATEST_KILL = 1.5  # seconds after the start: past the first frame on this machine
GRACE = 1.0  # the bound: gone within a second of the hang-up


def marked_processes(mark: str) -> list[int]:
    """The processes whose environment carries ``mark``."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if mark.encode() in environ.read_bytes():
                found.append(int(environ.parent.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def start_and_close(db: Path, delay: float, as_shell_child: bool) -> list[int]:
    """Start the app in a fresh tmux server, kill it after ``delay``; what is left after
    ``GRACE`` seconds."""
    mark = f"CCHC_E2E_MARK={uuid.uuid4().hex}"
    app = f"{shlex.quote(str(CCHC_TUI))} --db {shlex.quote(str(db))} --today 25/09/2023"
    command = f"env {mark} TERM=xterm-256color {app}"
    command = f"{command}; sleep 30" if as_shell_child else f"exec {command}"
    server = TmuxServer()
    subprocess.run(
        [*server.command, "new-session", "-d", "-s", "hup", "-x", "100", "-y", "30", command],
        check=True,
    )
    time.sleep(delay)
    server.kill()
    time.sleep(GRACE)
    return marked_processes(mark)


def test_closing_the_terminal_at_any_moment_of_start_up_leaves_no_process(
    tmp_path: Path,
) -> None:
    rng = random.Random(15)
    db = tmp_path / "cchc.json"
    subprocess.run([str(CCHC_TUI), "--db", str(db), "summary"], capture_output=True, check=True)
    survivors = {}
    for run in range(RUNS):
        delay = rng.uniform(0, LATEST_KILL)
        left = start_and_close(db, delay, as_shell_child=run % 2 == 1)
        if left:
            survivors[f"run {run}, killed after {delay:.2f} s"] = left
            for pid in left:  # ours: started by this test
                subprocess.run(["kill", "-9", str(pid)], check=False)
    assert survivors == {}
