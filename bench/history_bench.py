"""A long history costs nothing it need not (issue 15): one change, `history UNIT` and the
TUI's first frame with 100,000 recorded changes, against the same with (almost) none.

    python bench/history_bench.py [--units N] [--rounds R] [--smoke]

Both sides are the same data file (the sample plan for a change and the first frame, the
generated plan of --units units for `history UNIT`) whose log `make_history.py` filled;
the unit asked about has the same ten changes in both, so both print the same lines.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import tui_bench
from harness import (
    BENCH_USER,
    LARGE_TODAY,
    SAMPLE_TODAY,
    Row,
    Settings,
    Skipped,
    Workspace,
    cchc_tui_command,
    plan_number,
    process_time,
    ratio_figure,
    run_script,
    timed,
)
from make_history import make_history

from cchc_tui.core.model import Unit
from cchc_tui.core.workflow import add_note
from cchc_tui.store import Store

LONG = 100_000
SHORT = 100  # `history UNIT`'s baseline: a file that has been used a little
UNIT_CHANGES = 10


def _with_history(workspace: Workspace, units: int | None, entries: int, name: str) -> Path:
    """A private copy of a shared data file with ``entries`` changes in its history."""
    path = workspace.copy(units, name)
    if entries:
        focus = (_middle_unit(path).key, UNIT_CHANGES)
        make_history(path, entries, focus=focus)
    return path


def _middle_unit(path: Path) -> Unit:
    units = Store(path, BENCH_USER).load().units
    return units[len(units) // 2]


def _long(settings: Settings) -> int:
    return 1_000 if settings.smoke else LONG


def one_change(workspace: Workspace, settings: Settings) -> list[Row]:
    """``Store.apply`` of a new note with a long history against the same with none."""
    long_file = _with_history(workspace, None, _long(settings), "change-long.json")
    empty_file = _with_history(workspace, None, 0, "change-none.json")
    numbers = itertools.count(1)

    def changer(path: Path) -> Callable[[], float]:
        store = Store(path, BENCH_USER)
        unit = _middle_unit(path)

        def change() -> None:
            number = next(numbers)
            note = add_note(unit, f"Ghi chú số {number}", BENCH_USER, datetime.now(), f"{number:x}")
            store.apply(note)

        return timed(change)

    comparison = settings.comparing(changer(long_file), changer(empty_file))
    name = f"one change with {_long(settings)} history entries vs none, in process"
    return [ratio_figure(name, comparison, 1.5, "ms")]


def cli_note(workspace: Workspace, settings: Settings) -> list[Row]:
    """`cchc-tui note …`, whole process, with a long history against none."""

    def command(path: Path) -> list[str]:
        unit = _middle_unit(path).display_name
        return [
            *cchc_tui_command(),
            "--db",
            str(path),
            "--today",
            SAMPLE_TODAY,
            "note",
            unit,
            "Đã nhận báo cáo qua bưu điện.",
        ]

    long_file = _with_history(workspace, None, _long(settings), "note-long.json")
    empty_file = _with_history(workspace, None, 0, "note-none.json")
    comparison = settings.comparing(
        process_time(command(long_file), workspace.env()),
        process_time(command(empty_file), workspace.env()),
    )
    name = f"`cchc-tui note …` with {_long(settings)} history entries vs none, whole process"
    return [ratio_figure(name, comparison, 1.5, "ms")]


def unit_history(workspace: Workspace, settings: Settings) -> list[Row]:
    """`cchc-tui history UNIT` with a long history against a short one."""

    def command(path: Path) -> list[str]:
        unit = _middle_unit(path).display_name
        return [*cchc_tui_command(), "--db", str(path), "--today", LARGE_TODAY, "history", unit]

    long_file = _with_history(workspace, settings.units, _long(settings), "history-long.json")
    short_file = _with_history(workspace, settings.units, SHORT, "history-short.json")
    comparison = settings.comparing(
        process_time(command(long_file), workspace.env()),
        process_time(command(short_file), workspace.env()),
    )
    name = (
        f"`cchc-tui history UNIT` at {settings.units} units, {_long(settings)} entries vs "
        f"{SHORT}, whole process"
    )
    return [ratio_figure(name, comparison, 1.5, "ms")]


def first_frame(workspace: Workspace, settings: Settings) -> list[Row]:
    """The TUI's first frame on the sample with a long history against none."""
    name = f"TUI first frame on the sample with {_long(settings)} history entries vs none"
    reason = tui_bench.unavailable()
    if reason is not None:
        return [Skipped(name, reason)]
    long_file = _with_history(workspace, None, _long(settings), "tui-long.json")
    empty_file = _with_history(workspace, None, 0, "tui-none.json")
    marker = plan_number(empty_file)
    with tui_bench.tmux_server(workspace.env()) as tmux:
        comparison = settings.comparing(
            lambda: tui_bench.first_frame(
                tmux, tui_bench.tui_command(long_file, SAMPLE_TODAY), marker
            ),
            lambda: tui_bench.first_frame(
                tmux, tui_bench.tui_command(empty_file, SAMPLE_TODAY), marker
            ),
        )
    return [ratio_figure(name, comparison, 1.1, "ms")]


BENCHMARKS = (one_change, cli_note, unit_history, first_frame)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
