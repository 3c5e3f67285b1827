"""What the screens show: one snapshot seen on one day.

Compared by identity (``eq=False``): a new ``State`` always repaints, and comparing two
snapshots of 10,000 units field by field would cost more than the repaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cchc_tui.core.snapshot import Snapshot


@dataclass(frozen=True, eq=False)
class State:
    """The snapshot on screen, the day its countdowns count from, why edits are off if so."""

    snapshot: Snapshot
    today: date
    read_only_reason: str = ""
