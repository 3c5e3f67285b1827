"""Keys in the TUI at 10,000 units, in process (Textual's Pilot): cursor moves and filtering.

    python bench/keys_bench.py [--units N] [--rounds R] [--smoke]

Pilot waits for the app to go idle after each key by sleeping in slices of 20 ms, so
wall time says nothing here; the figure is the CPU time the process spent on one key
(handling it, updating the widgets, work it started in threads, rendering the screen),
which is what has to fit in a frame (16 ms). Pilot's own cost per key (its idle waits),
measured on a key that nothing binds, is taken off. The checklist follows the filter once
typing pauses: that is measured once per pause, as its own figure. Each round is a new
session of the app (``--rounds``, 5 by default here); the keys of all rounds are pooled.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from harness import AS_OF, Figure, Row, Settings, Skipped, Workspace, run_script

SIZE = (120, 40)
FRAME_MS = 16.0
# Typed into the filter one key at a time, then taken back: narrowing, then widening.
QUERY = "hong phu"
# Pilot's own cost per key, shown beside the figures: a key no widget binds.
UNBOUND_KEY = "f24"
WORKERS_TIMEOUT = 30.0


async def settle(pilot: Any) -> None:
    """Wait until the app is idle and the work in its threads (workers) is done."""
    await pilot.pause()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(pilot.app.workers.wait_for_complete(), WORKERS_TIMEOUT)
    await pilot.pause()


async def key_cpu_ms(pilot: Any, key: str) -> float:
    """CPU time of the whole process (all threads) from the key until the app is idle."""
    started = time.process_time()
    await pilot.press(key)
    await settle(pilot)
    return (time.process_time() - started) * 1000


@dataclass
class Session:
    """CPU per key (ms) in one session of the app."""

    cursor: list[float] = field(default_factory=list)
    filtering: list[float] = field(default_factory=list)
    paused: list[float] = field(default_factory=list)  # the checklist once typing pauses
    idle: list[float] = field(default_factory=list)  # the same wait, nothing to do
    unbound: list[float] = field(default_factory=list)


async def pause_cpu_ms(pilot: Any, seconds: float) -> float:
    """CPU time of what the app does in the ``seconds`` after the last key (a plain sleep:
    Pilot's pause would poll the app meanwhile)."""
    started = time.process_time()
    await asyncio.sleep(seconds)
    await settle(pilot)
    return (time.process_time() - started) * 1000


async def drive(app: Any, moves: int) -> Session:
    from cchc_tui.tui.panes.units import FILTER_PAUSE

    wait = 3 * FILTER_PAUSE
    session = Session()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # start-up work in threads is not a key's
        await pilot.press("2")  # the units pane
        for _ in range(3):  # let first-use caches fill, as in any session
            await key_cpu_ms(pilot, "down")
        session.cursor = [await key_cpu_ms(pilot, "down") for _ in range(moves)]
        await pilot.press("slash")
        for keys in (list(QUERY), ["backspace"] * len(QUERY)):
            session.filtering += [await key_cpu_ms(pilot, key) for key in keys]
            session.paused.append(await pause_cpu_ms(pilot, wait))
            session.idle.append(await pause_cpu_ms(pilot, wait))
        await pilot.press("escape")
        session.unbound = [await key_cpu_ms(pilot, UNBOUND_KEY) for _ in range(10)]
    return session


async def drive_same_job(app: Any) -> tuple[list[float], list[float]]:
    """The filter keystroke in same_job_app.py: CPU per key, and per unbound key."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        typed = [await key_cpu_ms(pilot, key) for key in QUERY]
        erased = [await key_cpu_ms(pilot, "backspace") for _ in QUERY]
        unbound = [await key_cpu_ms(pilot, UNBOUND_KEY) for _ in range(10)]
    return typed + erased, unbound


def key_figure(name: str, times: list[float], unbound: float) -> Figure:
    """The key's own cost: its CPU time less Pilot's, measured on a key nothing binds."""
    net = sorted(spent - unbound for spent in times)
    p90 = net[min(len(net) - 1, int(len(net) * 0.9))]
    context = (
        f"CPU per key less Pilot's {unbound:.1f} ms, median of {len(times)}; "
        f"p90 {p90:.1f} ms, max {net[-1]:.1f} ms"
    )
    return Figure(name, max(statistics.median(net), 0.0), FRAME_MS, "ms", context)


def figures(workspace: Workspace, settings: Settings) -> list[Row]:
    names = (
        f"TUI cursor move at {settings.units} units (Pilot, per key)",
        f"TUI filter keystroke at {settings.units} units (Pilot, per key)",
        f"TUI checklist once filter typing pauses at {settings.units} units (once)",
        f"same-job app filter keystroke at {settings.units} units (limit, per key)",
    )
    try:
        from cchc_tui.tui.app import make_app
    except ImportError as missing:
        return [Skipped(name, f"the TUI has no make_app ({missing})") for name in names]
    from same_job_app import SameJobApp

    path = workspace.copy(settings.units, "keys.json")
    today = date(AS_OF.year, AS_OF.month, AS_OF.day)
    moves = 5 if settings.smoke else 50
    ours, same_job = Session(), Session()
    for _ in range(sessions(settings)):  # the two apps alternate
        ran = asyncio.run(drive(make_app(path, today=today, lang="vi"), moves))
        ours.cursor += ran.cursor
        ours.filtering += ran.filtering
        ours.paused += ran.paused
        ours.idle += ran.idle
        ours.unbound += ran.unbound
        filtering, unbound = asyncio.run(drive_same_job(SameJobApp(path)))
        same_job.filtering += filtering
        same_job.unbound += unbound
    unbound = statistics.median(ours.unbound)
    paused = statistics.median(a - b for a, b in zip(ours.paused, ours.idle, strict=True))
    idle = statistics.median(ours.idle)
    return [
        key_figure(names[0], ours.cursor, unbound),
        key_figure(names[1], ours.filtering, unbound),
        Figure(
            names[2],
            max(paused, 0.0),
            FRAME_MS,
            "ms",
            f"CPU of the pause less the same wait just after, nothing to do ({idle:.1f} ms); "
            f"median of {len(ours.paused)} pairs",
        ),
        key_figure(names[3], same_job.filtering, statistics.median(same_job.unbound)),
    ]


def sessions(settings: Settings) -> int:
    """Sessions of each app: a third of ``--rounds`` (5 by default), each ~70 keys."""
    return 1 if settings.smoke else max(1, settings.rounds // 3)


BENCHMARKS = (figures,)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
