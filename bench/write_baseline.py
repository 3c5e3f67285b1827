"""The baseline of the write figures: load the data file with orjson, write it back safely.

    python bench/write_baseline.py DATA_FILE

As a whole process it also imports what cchc-tui stands on (tinydb, arrow, tabulate):
the least any tool that changes this file must do. In process, ``atomic_orjson_write``
is the baseline of one change.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import orjson


def atomic_orjson_write(data: object, target: Path) -> None:
    """Serialise, write a temp file in the same folder, fsync it, rename it over the target."""
    temp = target.with_name(f".{target.name}.tmp")
    with open(temp, "wb") as handle:
        handle.write(orjson.dumps(data))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


if __name__ == "__main__":
    import arrow  # noqa: F401
    import tabulate  # noqa: F401
    import tinydb  # noqa: F401

    path = Path(sys.argv[1])
    atomic_orjson_write(orjson.loads(path.read_bytes()), path)
