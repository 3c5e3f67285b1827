"""The TUI as staff start it, in a real terminal (tmux): first frame and peak memory.

    python bench/tui_bench.py [--units N] [--rounds R] [--smoke]

A run starts `cchc-tui` (or the bare Textual app of bare_app.py) in a new tmux session
and reads the pane until the plan number shows: that is the first frame. tmux runs on
a private socket, started once, so its own start-up is in neither figure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from itertools import count
from pathlib import Path

from harness import (
    BENCH,
    LARGE_TODAY,
    PYTHON,
    SAMPLE_TODAY,
    Comparison,
    Row,
    Settings,
    Skipped,
    Workspace,
    cchc_tui_command,
    plan_number,
    ratio_figure,
    run_script,
)

SIZE = (120, 40)
TIMEOUT = 60.0
POLL = 0.005


class Tmux:
    """A private tmux server; each app runs in a session of its own. Its socket is in a
    folder of its own, removed with it (tmux leaves the file behind a killed server)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="cchc-bench-tmux-"))
        self.socket = str(self.folder / "socket")
        self.names = count(1)
        # The server passes its environment on to every session; one idle session keeps
        # it up between runs.
        self.env = env
        self("-f", "/dev/null", "new-session", "-d", "-s", "idle", "sleep 86400")

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-S", self.socket, *args],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def start(self, argv: Sequence[str]) -> str:
        name = f"run{next(self.names)}"
        width, height = SIZE
        self("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), *argv)
        return name

    def wait_for(self, name: str, text: str, started: float, gone: bool = False) -> float:
        """Seconds from ``started`` until ``text`` is on the pane (or, ``gone``, off it)."""
        while (text in self("capture-pane", "-p", "-t", name)) is gone:
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(
                    f"{text!r} never {'went' if gone else 'showed'}:\n"
                    f"{self('capture-pane', '-p', '-t', name)}"
                )
            time.sleep(POLL)
        return time.perf_counter() - started

    def close(self, name: str) -> None:
        """Quit the app with ``q`` as a person would; close its pane if it does not go."""
        self("send-keys", "-t", name, "q")
        if self.ended(name, 5.0):
            return
        print(f"note: {name} did not quit on q; closing its pane", file=sys.stderr)
        pid = int(self("display", "-p", "-t", name, "#{pane_pid}"))
        with contextlib.suppress(subprocess.CalledProcessError):
            self("kill-session", "-t", name)
        if not _exited(pid, 5.0):
            print(f"note: {name} ignored the hang-up; killing it", file=sys.stderr)
            os.kill(pid, signal.SIGKILL)

    def ended(self, name: str, within: float) -> bool:
        """Whether the app left (its session closes with it) within ``within`` seconds."""
        deadline = time.perf_counter() + within
        while time.perf_counter() < deadline:
            try:
                self("has-session", "-t", name)
            except subprocess.CalledProcessError:
                return True
            time.sleep(0.02)
        return False

    def shutdown(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self("kill-server")
        shutil.rmtree(self.folder, ignore_errors=True)


def _exited(pid: int, within: float) -> bool:
    """Whether process ``pid`` is gone or a zombie within ``within`` seconds."""
    deadline = time.perf_counter() + within
    while time.perf_counter() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state == "Z":
            return True
        time.sleep(0.02)
    return False


@contextlib.contextmanager
def tmux_server(env: dict[str, str]) -> Iterator[Tmux]:
    server = Tmux(env)
    try:
        yield server
    finally:
        server.shutdown()


def first_frame(tmux: Tmux, argv: Sequence[str], marker: str) -> float:
    started = time.perf_counter()
    name = tmux.start(argv)
    try:
        return tmux.wait_for(name, marker, started)
    finally:
        tmux.close(name)


def peak_memory(tmux: Tmux, argv: Sequence[str], marker: str, report: Path) -> float:
    """ru_maxrss (bytes) of the app after its first frame and a second of idling, then ``q``."""
    report.unlink(missing_ok=True)
    name = tmux.start([PYTHON, str(BENCH / "maxrss.py"), str(report), *argv])
    tmux.wait_for(name, marker, time.perf_counter())
    time.sleep(1.0)
    tmux.close(name)
    return int(report.read_text()) * 1024


def tui_command(path: Path, today: str) -> list[str]:
    return [*cchc_tui_command(), "--db", str(path), "--today", today]


def bare_command(marker: str) -> list[str]:
    return [PYTHON, str(BENCH / "bare_app.py"), marker]


def same_job_command(path: Path) -> list[str]:
    return [PYTHON, str(BENCH / "same_job_app.py"), str(path)]


def unavailable() -> str | None:
    """Why the TUI figures cannot be measured here, or None."""
    from shutil import which

    if which("tmux") is None:
        return "tmux is not installed"
    try:
        import cchc_tui.tui.app  # noqa: F401
    except ModuleNotFoundError as missing:
        return f"the TUI is not installed ({missing.name})"
    return None


def figures(workspace: Workspace, settings: Settings) -> list[Row]:
    names = (
        "TUI first frame on the sample (tmux)",
        f"TUI first frame at {settings.units} units (tmux)",
        f"TUI peak memory at {settings.units} units (ru_maxrss)",
        "TUI first frame on the sample, against the same job (limit)",
        f"TUI first frame at {settings.units} units, against the same job (limit)",
        f"TUI peak memory at {settings.units} units, against the same job (limit)",
    )
    reason = unavailable()
    if reason is not None:
        return [Skipped(name, reason) for name in names]
    sample, large = workspace.data_file(None), workspace.data_file(settings.units)
    sample_plan, large_plan = plan_number(sample), plan_number(large)
    ours_on_sample, ours_at_size = (
        tui_command(sample, SAMPLE_TODAY),
        tui_command(large, LARGE_TODAY),
    )
    few = settings.capped(5, warmup=0)
    report = workspace.root / "maxrss.txt"
    with tmux_server(workspace.env()) as tmux:

        def frames(baseline: list[str], ours: list[str], marker: str) -> Comparison:
            return settings.comparing(
                lambda: first_frame(tmux, ours, marker), lambda: first_frame(tmux, baseline, marker)
            )

        def memory(baseline: list[str]) -> Comparison:
            return few.comparing(
                lambda: peak_memory(tmux, ours_at_size, large_plan, report),
                lambda: peak_memory(tmux, baseline, large_plan, report),
            )

        rows = [
            (frames(bare_command(sample_plan), ours_on_sample, sample_plan), 1.25, "ms"),
            (frames(bare_command(large_plan), ours_at_size, large_plan), 1.5, "ms"),
            (memory(bare_command(large_plan)), 1.5, "MB"),
            (frames(same_job_command(sample), ours_on_sample, sample_plan), 1.25, "ms"),
            (frames(same_job_command(large), ours_at_size, large_plan), 1.5, "ms"),
            (memory(same_job_command(large)), 1.5, "MB"),
        ]
    return [
        ratio_figure(name, comparison, goal, unit)
        for name, (comparison, goal, unit) in zip(names, rows, strict=True)
    ]


BENCHMARKS = (figures,)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
