"""The command line as staff run it, each a whole process: `summary` and `note`.

python bench/cli_bench.py [--units N] [--rounds R] [--smoke]
"""

from __future__ import annotations

import sys

from harness import (
    BENCH,
    LARGE_TODAY,
    PYTHON,
    SAMPLE_TODAY,
    Row,
    Settings,
    Workspace,
    cchc_tui_command,
    middle_unit_name,
    process_time,
    ratio_figure,
    run_script,
)

# Python with the libraries cchc-tui stands on, and nothing else: the floor of any command.
IMPORT_BASELINE = "import tinydb, arrow, tabulate"


def summary(workspace: Workspace, settings: Settings) -> list[Row]:
    path = workspace.data_file(None)
    command = [*cchc_tui_command(), "--db", str(path), "--today", SAMPLE_TODAY, "summary"]
    comparison = settings.comparing(
        process_time(command, workspace.env()),
        process_time([PYTHON, "-c", IMPORT_BASELINE], workspace.env()),
    )
    name = "`cchc-tui summary` on the sample, whole process"
    return [ratio_figure(name, comparison, 1.3, "ms")]


def note(workspace: Workspace, settings: Settings) -> list[Row]:
    path = workspace.copy(settings.units, "note.json")
    unit = middle_unit_name(path)
    command = [*cchc_tui_command(), "--db", str(path), "--today", LARGE_TODAY, "note", unit]
    comparison = settings.comparing(
        process_time([*command, "Đã nhận báo cáo qua bưu điện."], workspace.env()),
        process_time([PYTHON, str(BENCH / "write_baseline.py"), str(path)], workspace.env()),
    )
    name = f"`cchc-tui note …` at {settings.units} units, whole process"
    return [ratio_figure(name, comparison, 1.5, "ms")]


BENCHMARKS = (summary, note)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))
