"""Every figure of issue 6, as ratios to baselines measured in the same run.

    python bench/run_all.py            # the issue's sizes (10,000 units), a few minutes
    python bench/run_all.py --smoke    # each once on tiny sizes: checks the scripts work

A missed goal is reported, never an error: benchmarks are not tests. The exit status
is non-zero only when a benchmark itself breaks.
"""

from __future__ import annotations

import sys

import cli_bench
import escape_bench
import history_bench
import keys_bench
import report_bench
import store_bench
import tui_bench
from harness import Benchmark, run_script

BENCHMARKS: tuple[Benchmark, ...] = (
    *cli_bench.BENCHMARKS,
    *tui_bench.BENCHMARKS,
    *store_bench.BENCHMARKS,
    *keys_bench.BENCHMARKS,
    *report_bench.BENCHMARKS,
    *escape_bench.BENCHMARKS,
    *history_bench.BENCHMARKS,
)


if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
