"""Notes written while someone imports new plans land in the plan each command read, never in
the plan that became current meanwhile (issue 15, item 4: 7 of 800 did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_tui.store import Store
from cchc_tui.store.paths import sample_plan_text
from tests.cli.conftest import TODAY

pytestmark = pytest.mark.slow

WRITERS = ("kinh te", "tai nguyen", "hong khe", "tan hong")
NOTES_EACH = 40
IMPORTS = 12

# Each command's own load is watched: it says which plan the note was read from.
WRITER = f"""
import sys
from cchc_tui.cli import main
from cchc_tui.store import Store

read = []
real_load = Store.load
def watched(self, plan_number=None):
    snapshot = real_load(self, plan_number)
    read.append(snapshot.plan.number)
    return snapshot
Store.load = watched

db, name, unit = sys.argv[1:]
for n in range({NOTES_EACH}):
    read.clear()
    text = f"{{name}} {{n}}"
    if main(["--db", db, "--today", "{TODAY}", "note", unit, text]) != 0:
        sys.exit(1)
    print("READ", text, read[0], sep="|", flush=True)
"""

IMPORTER = f"""
import sys, time
from cchc_tui.cli import main

db, *plans = sys.argv[1:]
for plan in plans:
    time.sleep(0.05)
    if main(["--db", db, "--today", "{TODAY}", "import", plan]) != 0:
        sys.exit(1)
"""


def _plans(folder: Path) -> list[str]:
    text = sample_plan_text()
    paths = []
    for number in range(97, 97 + IMPORTS):
        path = folder / f"plan-{number}.toml"
        path.write_text(text.replace('number = "96/KH-UBND"', f'number = "{number}/KH-UBND"'))
        paths.append(str(path))
    return paths


def test_notes_land_in_the_plan_they_were_read_from_while_plans_are_imported(
    store: Store, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    db = str(store.path)
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, db, *_plans(tmp_path)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db, f"w{index}", unit],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for index, unit in enumerate(WRITERS)
    ]
    read_from: dict[str, str] = {}
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        said = [line.split("|")[1:] for line in out.splitlines() if line.startswith("READ|")]
        read_from |= dict(said)
    assert importer.wait(timeout=600) == 0, importer.stderr.read() if importer.stderr else ""
    assert len(read_from) == len(WRITERS) * NOTES_EACH
    assert len(set(read_from.values())) > 1, "no import happened between the notes"

    landed: dict[str, str] = {}
    plans, _ = store.plan_list()
    for plan, _units in plans:
        for unit in store.load(plan.number).units:
            landed |= {note.text: plan.number for note in unit.notes}
    wrong = {
        text: (read_from[text], landed.get(text))
        for text in read_from
        if landed.get(text) != read_from[text]
    }
    assert wrong == {}
    assert store.check()[2] == len(WRITERS) * NOTES_EACH + IMPORTS
