"""What panes tell the screen and the app: they never touch the store or each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.message import Message

UnitEdit = Literal[
    "schedule",
    "notified",
    "report",
    "inspected",
    "conclude",
    "note",
    "verdict",
    "item-note",
    "evidence",
    "follow-up",
    "fixed",
    "team",
]


@dataclass
class UnitHighlighted(Message):
    """The cursor of the units table rests on a unit (None: the table is empty)."""

    unit_key: str | None


@dataclass
class JumpToUnit(Message):
    """Show this unit in the units pane (from the calendar or the agenda)."""

    unit_key: str


@dataclass
class OpenDetail(Message):
    """Open the detail screen of a unit."""

    unit_key: str


@dataclass
class EditRequested(Message):
    """A person asked to change a unit; the app asks for what it needs and calls the store."""

    unit_key: str
    edit: UnitEdit
    item_id: str | None = None


@dataclass
class PlanEditRequested(Message):
    """A person asked to change the plan's own records: its team (``member``, ``remove``,
    ``decision``) or procedure results (``tthc``, ``tthc-remove``), for ``unit_key`` (None:
    the issuing body) and the member or period they were on."""

    edit: Literal["member", "remove", "decision", "tthc", "tthc-remove"]
    member_id: str | None = None
    unit_key: str | None = None
    period: str | None = None
