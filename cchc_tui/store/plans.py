"""What the store does with whole plans besides importing them: list them, and record that
someone has reviewed what ``new-plan`` carried over from the previous plan.

A mixin of ``Store``: the same lock, transaction and history as every other change."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from cchc_tui.core.codec_plan import plan_from_dict
from cchc_tui.core.workflow import Change, Edit
from cchc_tui.store.layout import current_plan, decoded, plans_by_number

if TYPE_CHECKING:
    import threading

    from cchc_tui.core.model import Plan
    from cchc_tui.core.snapshot import Snapshot
    from cchc_tui.store.transaction import FileVersion


class WholePlans:
    """Listing the plans of the file; confirming a plan's review."""

    user: str
    _in_memory: threading.RLock

    if TYPE_CHECKING:

        def apply(self, change: Change, plan_number: str | None = None) -> Snapshot: ...
        def _read(self) -> tuple[FileVersion, dict[str, Any]]: ...
        def load(self, plan_number: str | None = None) -> Snapshot: ...

    def plan_list(self) -> tuple[list[tuple[Plan, int]], str]:
        """Every plan of the file with its number of units, and the current plan's number."""
        with self._in_memory:
            _, data = self._read()
            counts = Counter(doc.get("plan") for doc in data["units"].values())
            plans = [decoded(plan_from_dict, doc) for doc in plans_by_number(data).values()]
            return [(plan, counts[plan.number]) for plan in plans], current_plan(data)

    def confirm_review(self, plan_number: str | None, seen: tuple[str, ...]) -> Snapshot:
        """Someone has checked what ``new-plan`` carried over (``seen``, the parts shown to
        them): the plan stops listing them. Recorded, and undone like any change."""
        edit = Edit("review", list(seen), [])
        return self.apply(Change(None, "review", (edit,), {"parts": list(seen)}), plan_number)
