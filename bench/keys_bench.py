"""Keys in the TUI at 10,000 units, in process (Textual's Pilot): cursor moves and filtering.

    python bench/keys_bench.py [--units N] [--rounds R] [--smoke]

Pilot waits for the app to go idle after each key by sleeping in slices of 20 ms, so
wall time says nothing here; the figure is the CPU time the process spent on one key
(handling it, updating the widgets, work it started in threads, rendering the screen),
which is what has to fit in a frame (16 ms). Pilot's own cost per key (its idle waits),
measured on a key that nothing binds, is taken off.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import time
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


async def drive(app: Any, moves: int) -> tuple[list[float], list[float], float]:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # start-up work in threads is not a key's
        await pilot.press("2")  # the units pane
        for _ in range(3):  # let first-use caches fill, as in any session
            await key_cpu_ms(pilot, "down")
        cursor = [await key_cpu_ms(pilot, "down") for _ in range(moves)]
        await pilot.press("slash")
        typed = [await key_cpu_ms(pilot, key) for key in QUERY]
        erased = [await key_cpu_ms(pilot, "backspace") for _ in QUERY]
        await pilot.press("escape")
        unbound = [await key_cpu_ms(pilot, UNBOUND_KEY) for _ in range(10)]
    return cursor, typed + erased, statistics.median(unbound)


async def drive_same_job(app: Any) -> tuple[list[float], float]:
    """The filter keystroke in same_job_app.py: Textual's Input and one Static redrawn."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        typed = [await key_cpu_ms(pilot, key) for key in QUERY]
        erased = [await key_cpu_ms(pilot, "backspace") for _ in QUERY]
        unbound = [await key_cpu_ms(pilot, UNBOUND_KEY) for _ in range(10)]
    return typed + erased, statistics.median(unbound)


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
        f"same-job app filter keystroke at {settings.units} units (limit, per key)",
    )
    try:
        from cchc_tui.tui.app import make_app
    except ImportError as missing:
        return [Skipped(name, f"the TUI has no make_app ({missing})") for name in names]
    path = workspace.copy(settings.units, "keys.json")
    app = make_app(path, today=date(AS_OF.year, AS_OF.month, AS_OF.day), lang="vi")
    moves = 5 if settings.smoke else 50
    cursor, filtering, unbound = asyncio.run(drive(app, moves))
    from same_job_app import SameJobApp

    bare_filtering, bare_unbound = asyncio.run(drive_same_job(SameJobApp(path)))
    return [
        key_figure(names[0], cursor, unbound),
        key_figure(names[1], filtering, unbound),
        key_figure(names[2], bare_filtering, bare_unbound),
    ]


BENCHMARKS = (figures,)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
