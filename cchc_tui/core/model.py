"""The inspection plan and its units, as immutable values.

Everything here is plain data: the store builds these from the JSON file and the
workflow rules derive new field values from them. Stored values use short ASCII
codes (``"direct"``, ``"dat"``); the words shown to people live in ``i18n``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    OFFICE = "office"
    COMMUNE = "commune"
    TOWN = "town"


class Mode(StrEnum):
    DIRECT = "direct"
    SELF = "self"


class Step(StrEnum):
    """The steps of the workflow, in the order a direct inspection takes them."""

    SCHEDULE = "schedule"
    NOTIFIED = "notified"
    REPORT = "report"
    INSPECTED = "inspected"
    CONCLUDED = "concluded"


DIRECT_STEPS: tuple[Step, ...] = (
    Step.SCHEDULE,
    Step.NOTIFIED,
    Step.REPORT,
    Step.INSPECTED,
    Step.CONCLUDED,
)
SELF_STEPS: tuple[Step, ...] = (Step.REPORT, Step.CONCLUDED)


class Stage(StrEnum):
    """Where a unit stands: the last step it has completed."""

    UNSCHEDULED = "unscheduled"
    AWAITING_REPORT = "awaiting_report"
    SCHEDULED = "scheduled"
    NOTIFIED = "notified"
    REPORTED = "reported"
    INSPECTED = "inspected"
    CONCLUDED = "concluded"


class CountDays(StrEnum):
    """How a plan counts "N days before": calendar days (the seed's wording) or working days."""

    CALENDAR = "calendar"
    WORKING = "working"


class Conclusion(StrEnum):
    COMMEND = "bieu-duong"
    SATISFACTORY = "dat"
    CRITICISE = "phe-binh"


class Verdict(StrEnum):
    MET = "dat"
    PARTLY_MET = "dat-mot-phan"
    NOT_MET = "chua-dat"
    NOT_APPLICABLE = "khong-ap-dung"


VERDICT_CYCLE: tuple[Verdict | None, ...] = (None, *Verdict)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One thing the team checks, from the plan's template for a kind of unit."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class ItemResult:
    verdict: Verdict | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    text: str
    by: str
    at: str  # ISO timestamp, kept as text: notes are shown, never computed on


@dataclass(frozen=True, slots=True)
class Unit:
    """One inspected office, commune or town and its progress through the plan."""

    key: str
    name: str
    kind: Kind
    mode: Mode
    in_seed: bool
    title: str = ""
    inspection_date: date | None = None
    notified_on: date | None = None
    report_on: date | None = None
    inspected_on: date | None = None
    conclusion: Conclusion | None = None
    concluded_on: date | None = None
    items: Mapping[str, ItemResult] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()
    # The day the unit sent its report, when not the day it arrived (``report_on``): the
    # plan's deadline is on the sending ("gửi"), so on time is judged by this day.
    report_sent_on: date | None = None
    report_ref: str = ""  # the report's document number, "số 12/BC-UBND"

    @property
    def display_name(self) -> str:
        return self.title or self.name

    @property
    def report_sent(self) -> date | None:
        """The day the report was sent: the day recorded as sent, else the day it arrived."""
        return self.report_sent_on or self.report_on

    def done_on(self, step: Step) -> date | None:
        return {
            Step.SCHEDULE: self.inspection_date,
            Step.NOTIFIED: self.notified_on,
            Step.REPORT: self.report_on,
            Step.INSPECTED: self.inspected_on,
            Step.CONCLUDED: self.concluded_on,
        }[step]


@dataclass(frozen=True, slots=True)
class Plan:
    """An inspection plan as issued: its header, deadlines and checklist templates."""

    number: str
    title: str
    issuer: str
    issued_on: date
    based_on: tuple[str, ...]
    period: str
    window: str
    # The inspection window as days, when the plan file gives them (the seed gives only
    # months): scheduling outside it is warned about, never refused.
    window_start: date | None
    window_end: date | None
    self_report_before: date
    notify_lead_days: int
    report_lead_days: int
    receiver: str
    checklists: Mapping[Kind, tuple[ChecklistItem, ...]]
    count_days: CountDays = CountDays.CALENDAR
    # Official days off beyond the public holidays (ngày nghỉ bù) and make-up working days
    # on weekends (ngày làm bù) that the government announces each year.
    days_off: tuple[date, ...] = ()
    working_days: tuple[date, ...] = ()

    def checklist_for(self, kind: Kind) -> tuple[ChecklistItem, ...]:
        return self.checklists.get(kind, ())
