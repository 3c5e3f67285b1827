"""What every benchmark shares: interleaved ratio measurement, data files, the figure table.

A figure is a ratio to a baseline measured in the same run: A and B alternate
(A B A B …), and the figure is the median of the pairwise ratios A/B, so a machine
that slows down or speeds up midway affects both sides alike. Absolute medians are
printed beside it for context only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
SAMPLE_TODAY = "20/09/2023"
LARGE_TODAY = "10/10/2023"
BENCH_USER = "bench"
# Generated plans show progress as of this day; LARGE_TODAY is the same day.
AS_OF = date(2023, 10, 10)


def cchc_tui_command() -> list[str]:
    """The installed console script next to this Python, as staff run it."""
    script = Path(PYTHON).parent / "cchc-tui"
    if script.exists():
        return [str(script)]
    found = shutil.which("cchc-tui")
    return [found] if found else [PYTHON, "-m", "cchc_tui"]


@dataclass(frozen=True)
class Comparison:
    """Medians of A, of B, and of the pairwise ratios A/B."""

    ratio: float
    measured: float
    baseline: float
    rounds: int


def compare(
    measure: Callable[[], float], baseline: Callable[[], float], rounds: int, warmup: int = 1
) -> Comparison:
    """Run A B A B …; each callable returns the quantity it measured (seconds, bytes, …)."""
    for _ in range(warmup):
        measure()
        baseline()
    pairs = []
    for _ in range(rounds):
        a = measure()
        b = baseline()
        pairs.append((a, b))
    return Comparison(
        ratio=statistics.median(a / b for a, b in pairs),
        measured=statistics.median(a for a, _ in pairs),
        baseline=statistics.median(b for _, b in pairs),
        rounds=rounds,
    )


def timed(action: Callable[[], object]) -> Callable[[], float]:
    """A callable returning how long one call of ``action`` took, in seconds."""

    def run() -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    return run


def process_time(argv: Sequence[str], env: dict[str, str] | None = None) -> Callable[[], float]:
    """Wall time of one whole process, output discarded; a failure stops the benchmark."""

    def run() -> float:
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    return run


@dataclass(frozen=True)
class Figure:
    """One row of the issue's table: a ratio to its baseline (or a time), and its goal."""

    name: str
    value: float
    goal: float
    unit: str  # "x" for a ratio, "ms" for an absolute time per key
    context: str

    @property
    def met(self) -> bool:
        return self.value <= self.goal


@dataclass(frozen=True)
class Skipped:
    """A figure that could not be measured here, and why."""

    name: str
    reason: str


Row = Figure | Skipped


def ratio_figure(name: str, comparison: Comparison, goal: float, scale: str) -> Figure:
    """A ratio figure with both medians shown in ``scale`` (``ms`` or ``MB``)."""
    factor, label = {"ms": (1000.0, "ms"), "s": (1.0, "s"), "MB": (1 / 1e6, "MB")}[scale]
    context = (
        f"{comparison.measured * factor:.1f} {label} vs {comparison.baseline * factor:.1f} "
        f"{label} (median of {comparison.rounds})"
    )
    return Figure(name, comparison.ratio, goal, "x", context)


def print_rows(rows: Sequence[Row], out: Callable[[str], object] = print) -> None:
    out("| figure | value | goal | met | absolute (measured vs baseline) |")
    out("|---|---|---|---|---|")
    for row in rows:
        if isinstance(row, Skipped):
            out(f"| {row.name} | — | | skipped | {row.reason} |")
            continue
        value = f"{row.value:.2f}x" if row.unit == "x" else f"{row.value:.1f} ms"
        goal = f"≤ {row.goal:g}x" if row.unit == "x" else f"≤ {row.goal:g} ms"
        out(f"| {row.name} | {value} | {goal} | {'yes' if row.met else 'NO'} | {row.context} |")


# --- data files ------------------------------------------------------------------------


class Workspace:
    """A scratch folder holding the data files the benchmarks share, built once each."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or Path(tempfile.mkdtemp(prefix="cchc-bench-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self._built: dict[int | None, Path] = {}

    def env(self) -> dict[str, str]:
        """The environment of every process a benchmark starts.

        Python may write bytecode (into a private cache here, not the checkout), as an
        installed package has it: compiling the sources on every start would be measured
        otherwise. The warm-up round fills the cache.
        """
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.root / "pycache")
        env["CCHC_TUI_USER"] = BENCH_USER
        env["CCHC_TUI_LANG"] = "vi"
        env.pop("CCHC_TUI_DB", None)
        return env

    def run_cli(self, db: Path, *args: str) -> None:
        command = [*cchc_tui_command(), "--db", str(db), *args]
        subprocess.run(command, env=self.env(), check=True, capture_output=True)

    def data_file(self, units: int | None) -> Path:
        """A data file holding the sample plan, plus a generated plan of ``units`` units
        (made current) unless ``units`` is None. Build once, copy per benchmark."""
        if units not in self._built:
            path = self.root / ("sample.json" if units is None else f"units-{units}.json")
            if units is None:  # any command creates a missing file from the sample plan
                self.run_cli(path, "units")
            else:
                from make_plan import make_plan

                plan_path = self.root / f"plan-{units}.toml"
                plan_path.write_text(make_plan(units, seed=96, as_of=AS_OF), encoding="utf-8")
                self.run_cli(path, "import", str(plan_path))
            self._built[units] = path
        return self._built[units]

    def copy(self, units: int | None, name: str) -> Path:
        """A private copy of a shared data file, for a benchmark that writes to it."""
        target = self.root / name
        shutil.copyfile(self.data_file(units), target)
        return target

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def plan_number(path: Path) -> str:
    from cchc_tui.store import Store

    return Store(path, BENCH_USER).load().plan.number


def middle_unit_name(path: Path) -> str:
    """A unit from the middle of the current plan, as a person would type it."""
    from cchc_tui.store import Store

    units = Store(path, BENCH_USER).load().units
    return units[len(units) // 2].display_name


# --- running a script ------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """How big and how long: the issue's sizes by default, tiny ones for a CI smoke run."""

    units: int = 10_000
    rounds: int = 15
    warmup: int = 1
    smoke: bool = False

    @classmethod
    def for_smoke(cls) -> Settings:
        return cls(units=200, rounds=1, warmup=0, smoke=True)

    def capped(self, rounds: int, warmup: int | None = None) -> Settings:
        """The same run with at most ``rounds`` pairs (a slow figure), and its own warm-up."""
        return replace(
            self, rounds=min(self.rounds, rounds), warmup=self.warmup if warmup is None else warmup
        )

    def comparing(self, measure: Callable[[], float], baseline: Callable[[], float]) -> Comparison:
        return compare(measure, baseline, self.rounds, self.warmup)


Benchmark = Callable[[Workspace, Settings], list[Row]]


def parse_settings(description: str, argv: Sequence[str] | None = None) -> Settings:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--smoke", action="store_true", help="once, on tiny sizes (for CI)")
    parser.add_argument("--units", type=int, help="units in the large plan (default 10000)")
    parser.add_argument("--rounds", type=int, help="A/B pairs per figure (default 15)")
    args = parser.parse_args(argv)
    settings = Settings.for_smoke() if args.smoke else Settings()
    return Settings(
        units=args.units or settings.units,
        rounds=args.rounds or settings.rounds,
        warmup=settings.warmup,
        smoke=settings.smoke,
    )


def machine() -> str:
    """CPU count and model, system and Python: the context the README gives each figure."""
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        cpu = models[0] if models else cpu
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def run_script(benchmarks: Sequence[Benchmark], description: str) -> int:
    """A script's ``main``: measure its figures in a scratch folder, print them and the machine."""
    settings = parse_settings(description)
    started = time.perf_counter()
    workspace = Workspace()
    try:
        rows = [row for benchmark in benchmarks for row in benchmark(workspace, settings)]
    finally:
        workspace.remove()
    print_rows(rows)
    size = f"{settings.units} units, {settings.rounds} rounds"
    if settings.smoke:
        size = "smoke run (tiny sizes, once each: the figures mean nothing)"
    print(f"\nMachine: {machine()}")
    print(f"Run: {size}, {time.perf_counter() - started:.0f} s")
    return 0
