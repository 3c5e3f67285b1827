"""Give a data file a long history: N recorded changes of a busy year, appended to its log.

    python bench/make_history.py DATA_FILE --entries 100000 [--seed S]

The changes are what staff record (notes, verdicts, inspection dates, steps marked), by
five people, on the current plan's units, in the log's own format, and the data file's
commit point is moved past them: `check` finds the file sound. The units themselves are
left as they are (the history says what happened in a year the file no longer shows), so
these changes are not for undoing; the people are not the benchmark's user.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from cchc_tui.store import fileio
from cchc_tui.store.history_log import line_of, log_path

PEOPLE = ("lan", "binh", "cuong", "dung", "hoa")
START = datetime(2023, 9, 20, 8, 0, tzinfo=timezone(timedelta(hours=7)))
NOTES = (
    "Đã gọi điện nhắc đơn vị gửi báo cáo tự kiểm tra.",
    "Đơn vị xin lùi lịch kiểm tra sang tuần sau.",
    "Đã nhận báo cáo qua bưu điện, thiếu phụ lục.",
)


def _record(number: int, unit: str, plan: str, rng: random.Random) -> dict[str, Any]:
    at = (START + timedelta(minutes=7 * number)).isoformat(timespec="seconds")
    kind = rng.randrange(4)
    if kind == 0:
        note = {"text": rng.choice(NOTES), "by": rng.choice(PEOPLE), "at": at}
        action, edits, args = "note", [["notes", [], [note]]], {}
    elif kind == 1:
        item = f"muc-{rng.randrange(1, 9)}"
        action, edits, args = "item", [[f"items.{item}.verdict", None, "dat"]], {"item": item}
    elif kind == 2:
        day = f"2023-10-{rng.randrange(1, 29):02d}"
        action, edits, args = "schedule", [["inspection_date", None, day]], {"date": day}
    else:
        action, edits, args = "mark", [["notified_on", None, "2023-09-25"]], {"step": "notified"}
    return {
        "id": number,
        "at": at,
        "who": rng.choice(PEOPLE),
        "plan": plan,
        "unit": unit,
        "action": action,
        "args": args,
        "edits": edits,
        "undoes": None,
    }


def make_history(
    path: Path, entries: int, seed: int = 15, focus: tuple[str, int] | None = None
) -> None:
    """Append ``entries`` changes to ``path``'s history and commit them. ``focus`` (a unit's
    key, a count): that unit gets exactly that many of them, spread over the year, so that
    its history reads the same whatever the length of the whole."""
    data = orjson.loads(path.read_bytes())
    meta = data["_meta"]["1"]
    plan = meta["current_plan"]
    units = [doc["key"] for doc in data["units"].values() if doc.get("plan") == plan]
    rng = random.Random(seed)
    focus_unit, focus_count = focus or ("", 0)
    others = [unit for unit in units if unit != focus_unit]
    every = max(1, entries // focus_count) if focus_count else 0
    first = meta["last_change"] + 1

    def unit_of(n: int) -> str:
        if every and n % every == 0 and n // every < focus_count:
            return focus_unit
        return rng.choice(others)

    lines = b"".join(line_of(_record(first + n, unit_of(n), plan, rng)) for n in range(entries))
    log = log_path(path)
    with log.open("ab") as out:
        out.truncate(meta["history_bytes"])
        out.write(lines)
    meta["history_bytes"] = log.stat().st_size
    meta["last_change"] = first + entries - 1
    fileio.atomic_write(path, orjson.dumps(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_file", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--focus", help="a unit's key that gets exactly --focus-count changes")
    parser.add_argument("--focus-count", type=int, default=10)
    args = parser.parse_args(argv)
    focus = (args.focus, args.focus_count) if args.focus else None
    make_history(args.data_file, args.entries, args.seed, focus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
