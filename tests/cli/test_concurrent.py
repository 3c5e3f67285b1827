"""Two people running `cchc-tui` on one shared file at the same moment lose nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc_tui.store import Store
from cchc_tui.store.paths import current_user
from tests.cli.conftest import TODAY, Run

NOTES_EACH = 50
# Each writer also schedules its own five direct units, so scheduling never conflicts.
UNITS = {
    "an": ["kinh te", "tai nguyen", "hong khe", "tan hong", "vinh hung"],
    "binh": ["thuc khang", "long xuyen", "tan viet", "nhan quyen", "hung thang"],
}

WRITER = f"""
import os, sys, time
from pathlib import Path
from cchc_tui.cli import main

db, folder, name, *units = sys.argv[1:]
Path(folder, "ready-" + name).touch()
while not Path(folder, "go").exists():
    time.sleep(0.001)
failed = 0
for n in range({NOTES_EACH}):
    failed += main(["--db", db, "--today", "{TODAY}", "note", "hong khe", f"{{name}} {{n}}"]) != 0
    if n < len(units):
        failed += main(["--db", db, "--today", "{TODAY}", "schedule", units[n], "05/10/2023"]) != 0
sys.exit(min(failed, 100))
"""


def _start_together(db: Path, folder: Path) -> list[subprocess.Popen[str]]:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(folder), name, *units],
            env={**os.environ, "CCHC_TUI_USER": name},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, units in UNITS.items()
    ]
    # Both are loaded and waiting before either writes, so their writes overlap.
    deadline = time.monotonic() + 120
    while not all((folder / f"ready-{name}").exists() for name in UNITS):
        assert time.monotonic() < deadline, "writers did not start"
        assert all(writer.poll() is None for writer in writers), "a writer died at start"
        time.sleep(0.01)
    (folder / "go").touch()
    return writers


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_no_update(
    cli: Run, store: Store, tmp_path: Path
) -> None:
    gate = tmp_path / "gate"
    gate.mkdir()
    for writer in _start_together(store.path, gate):
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "Traceback" not in err

    summary = cli("--today", TODAY, "summary", "-f", "json")
    units = {unit["name"]: unit for unit in json.loads(summary.out)["units"]}
    notes = units["Xã Hồng Khê"]["notes"]
    assert sorted(note["text"] for note in notes) == sorted(
        f"{name} {n}" for name in UNITS for n in range(NOTES_EACH)
    )
    # One OS account here: the names they gave are recorded beside it.
    assert {note["by"] for note in notes} == {f"{current_user()} ({name})" for name in UNITS}
    direct = [unit for unit in units.values() if unit["mode"] == "direct"]
    assert {unit["inspection_date"] for unit in direct} == {"2023-10-05"}

    history = store.history()
    expected = len(UNITS) * (NOTES_EACH + 5)
    assert len(history) == expected
    assert len({entry.id for entry in history}) == expected
    assert {entry.named for entry in history} == set(UNITS)
    check = cli("check")
    assert (check.code, check.out) == (
        0,
        f"Tệp dữ liệu tốt: 1 kế hoạch, 28 đơn vị, {expected} thay đổi.\n",
    )
