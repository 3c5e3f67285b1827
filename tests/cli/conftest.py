"""Running `cchc-tui` in process, on a data file holding plan 96/KH-UBND with some progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cchc_tui.cli import main
from cchc_tui.store import Store

TODAY = "20/09/2023"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a person sees from one command: exit status, standard output, standard error."""

    code: int
    out: str
    err: str


Run = Callable[..., Outcome]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`cchc-tui ARGS...` exactly as typed; argparse's own exits become an Outcome too."""

    def run_command(*args: str) -> Outcome:
        try:
            code = main(list(args))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run_command


@pytest.fixture
def cli(run: Run, store: Store) -> Run:
    """`cchc-tui --db DB ARGS...` on an existing data file holding the sample plan."""

    def run_on_file(*args: str) -> Outcome:
        return run("--db", str(store.path), *args)

    return run_on_file


# Each unit in a different state at 20/09/2023, reached through the CLI itself.
PROGRESS: tuple[tuple[str, ...], ...] = (
    ("schedule", "hong khe", "05/10/2023"),
    ("mark", "hong khe", "notified", "--on", "20/09/2023"),
    ("schedule", "tan hong", "28/09/2023"),
    ("schedule", "long xuyen", "30/09/2023"),
    ("schedule", "thuc khang", "01/10/2023"),
    ("schedule", "vinh hung", "19/09/2023"),
    ("mark", "vinh hung", "notified", "--on", "15/09/2023"),
    ("mark", "vinh hung", "report", "--on", "16/09/2023"),
    ("mark", "vinh hung", "inspected", "--on", "19/09/2023"),
    ("conclude", "vinh hung", "bieu-duong"),
    ("item", "vinh hung", "so hoa", "chua-dat", "--note", 'Chưa <b>đủ</b> | thiếu 30% & "trễ"'),
    ("item", "vinh hung", "1", "dat"),
    ("mark", "ke sat", "report", "--on", "18/09/2023"),
    ("conclude", "ke sat", "phe-binh"),
    ("mark", "co bi", "report", "--on", "19/09/2023"),
    ("note", "hong khe", "Đã gọi điện nhắc gửi báo cáo"),
)


@pytest.fixture
def progressed(cli: Run, store: Store) -> Path:
    """The data file after PROGRESS."""
    for command in PROGRESS:
        outcome = cli("--today", TODAY, *command)
        assert outcome.code == 0, (command, outcome.err)
    return store.path
