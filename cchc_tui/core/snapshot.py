"""An immutable view of one plan as the store last read it, and the history entries."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from cchc_tui.core.kinds import kind_words
from cchc_tui.core.model import Plan, PlanRecords, Unit
from cchc_tui.core.names import UnitIndex
from cchc_tui.core.workflow import Edit


class HistoryEntry(Struct, frozen=True):
    """One recorded change: who made it (the OS account, and the name they gave, if any),
    when, to which unit, and each field's old → new."""

    id: int
    at: str
    who: str
    plan: str
    unit: str | None
    action: str
    args: Mapping[str, Any]
    edits: tuple[Edit, ...]
    undoes: int | None = None
    undone_by: int | None = None
    named: str = ""

    @property
    def author(self) -> str:
        return author(self.who, self.named)


def author(account: str, named: str) -> str:
    """Who made a change: "lan", or with another name given beside the account, "root (Lan)"."""
    return f"{account} ({named})" if named and named != account else account


class Snapshot(Struct, frozen=True, dict=True):
    """One plan and its units; ``version`` tells the store which file state this came from.

    ``dict=True`` gives it the ``__dict__`` where its cached properties keep their values."""

    plan: Plan
    units: tuple[Unit, ...]
    plans: tuple[str, ...]
    version: Any = None
    last_change: int = 0
    read_only: bool = False
    records: PlanRecords = field(default_factory=PlanRecords)  # the team, the body's TTHC

    @cached_property
    def index(self) -> UnitIndex:
        return UnitIndex(self.units, kind_words(self.plan))

    def unit(self, key: str) -> Unit:
        return self.units[self._positions[key]]

    def find(self, query: str) -> Unit:
        return self.index.find(query)

    def replacing(self, unit: Unit, *, version: Any, last_change: int) -> Snapshot:
        """This snapshot after one change to ``unit`` (matched by key) reached the file.

        The other units are kept as they are: at 10,000 units, rebuilding one unit
        instead of all of them is most of the cost of a change.
        """
        positions = self._positions
        position = positions[unit.key]
        units = (*self.units[:position], unit, *self.units[position + 1 :])
        changed = replace(self, units=units, version=version, last_change=last_change)
        changed.__dict__["_positions"] = positions  # same keys in the same places
        return changed

    def with_plan(
        self, plan: Plan, records: PlanRecords, *, version: Any, last_change: int
    ) -> Snapshot:
        """This snapshot after a change to the plan's own record reached the file."""
        changed = replace(
            self, plan=plan, records=records, version=version, last_change=last_change
        )
        kept = ["_positions"]  # the units are the same ones
        if plan.kinds == self.plan.kinds:  # the name index reads the kinds' words
            kept.append("index")
        for cached in kept:
            if cached in self.__dict__:
                changed.__dict__[cached] = self.__dict__[cached]
        return changed

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {unit.key: position for position, unit in enumerate(self.units)}
