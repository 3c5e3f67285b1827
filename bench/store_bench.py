"""The store in process at 10,000 units: one change, a full load, the size of the file.

python bench/store_bench.py [--units N] [--rounds R] [--smoke]
"""

from __future__ import annotations

import gc
import itertools
import sys
from collections.abc import Callable
from datetime import datetime
from secrets import token_hex

import orjson
from harness import BENCH_USER, Row, Settings, Workspace, ratio_figure, run_script, timed
from write_baseline import atomic_orjson_write

from cchc_tui.core.workflow import add_note
from cchc_tui.store import Store


def one_change(workspace: Workspace, settings: Settings) -> list[Row]:
    """``Store.apply`` of a new note, as the TUI makes it: lock, re-check, write, reload."""
    path = workspace.copy(settings.units, "change.json")
    store = Store(path, BENCH_USER)
    unit = store.load().units[settings.units // 2]
    numbers = itertools.count(1)

    def change() -> None:
        note = add_note(
            unit,
            f"Ghi chú số {next(numbers)}",
            BENCH_USER,
            datetime.now().astimezone(),
            token_hex(4),
        )
        store.apply(note)

    data = orjson.loads(path.read_bytes())
    target = path.with_name("baseline.json")
    comparison = settings.comparing(timed(change), timed(lambda: atomic_orjson_write(data, target)))
    name = f"one change (a note) at {settings.units} units, in process, lock included"
    return [ratio_figure(name, comparison, 3.0, "ms")]


def load(workspace: Workspace, settings: Settings) -> list[Row]:
    """A fresh ``Store.load`` (no cache) against reading and parsing the same file, each
    from a settled collector: the collector's bookkeeping left by one side (how many
    objects it promoted since the last full pass) would otherwise decide when the other
    side's full pass comes, which moved either figure by up to a third."""
    path = workspace.data_file(settings.units)
    comparison = settings.comparing(
        settled(timed(lambda: Store(path, BENCH_USER).load())),
        settled(timed(lambda: orjson.loads(path.read_bytes()))),
    )
    return [ratio_figure(f"loading {settings.units} units (Store.load)", comparison, 1.5, "ms")]


def settled(measure: Callable[[], float]) -> Callable[[], float]:
    """``measure`` after a full pass of the collector, which is not timed."""

    def run() -> float:
        gc.collect()
        return measure()

    return run


def file_size(workspace: Workspace, settings: Settings) -> list[Row]:
    """The data file against orjson's compact output of the very same data."""
    path = workspace.data_file(settings.units)
    comparison = Settings(rounds=1, warmup=0).comparing(
        lambda: path.stat().st_size, lambda: len(orjson.dumps(orjson.loads(path.read_bytes())))
    )
    return [ratio_figure(f"data file size at {settings.units} units", comparison, 1.1, "MB")]


BENCHMARKS = (one_change, load, file_size)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
