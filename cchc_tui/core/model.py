"""The inspection plan and its units, as immutable values.

Everything here is plain data: the store builds these from the JSON file and the
workflow rules derive new field values from them (``msgspec.structs.replace``). They are
msgspec structs, frozen like dataclasses, because msgspec makes a struct's class in C when
this module loads (a dataclass compiles five or six methods each, ~0.5 ms a class, before
the first frame) and builds the units of a file, checked, in C (``codec_units``). Stored
values use short ASCII codes (``"direct"``, ``"dat"``); the words shown to people live in ``i18n``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated

from msgspec import Meta, Struct, field

from cchc_tui.core.compat import StrEnum

# A kind of unit is a code the plan file declares ("office", "commune", "so", "phuong"):
# its names and checklist come from the plan (``Plan.kinds``), not from the program.
Kind = str


class UnitKind(Struct, frozen=True):
    """A kind of unit as the plan declares it: its name in Vietnamese and English, and the
    other words written before a unit's name ("Phòng" Y tế, "TT" Kẻ Sặt) that finding a
    unit by name may skip."""

    code: Kind
    name: str
    name_en: str = ""
    words: tuple[str, ...] = ()


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
    # The unit's remediation report ("báo cáo khắc phục"), a step only when its conclusion
    # asked for fixes by a deadline (``Unit.fix_by``).
    FIXED = "fixed"


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
    FIXED = "fixed"


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


class ChecklistItem(Struct, frozen=True):
    """One thing the team checks, from the plan's template for a kind of unit."""

    id: str
    text: str
    # Where the item comes from when not from the plan's own text ("chú thích ảnh của bài
    # viết"): shown with it, so nobody takes it for the plan's words.
    source: str = ""


# Evidence, item results and procedure figures never hold a mutable value, so they can
# never be part of a reference cycle and stay out of the collector's passes (gc=False): a
# national plan loads ~100,000 of them.


class Evidence(Struct, frozen=True, gc=False):
    """One document that proves a finding ("tài liệu kiểm chứng"); any part may be blank,
    but not all of them."""

    ref: str = ""  # its number: "12/BC-UBND"
    on: date | None = None  # the day it was issued
    text: str = ""  # what it is: "Báo cáo kết quả CCHC 9 tháng"
    link: str = ""  # where the file is: a path or a web address


class ItemResult(Struct, frozen=True, gc=False):
    verdict: Verdict | None = None
    note: str = ""
    evidence: tuple[Evidence, ...] = ()
    missing: str = ""  # why there is no evidence, when the team says so


class Note(Struct, frozen=True):
    id: str
    text: str
    by: str
    at: str  # ISO timestamp, kept as text: notes are shown, never computed on


# The stored field that records each step as done: the one mapping from step to field.
STEP_FIELDS: Mapping[Step, str] = {
    Step.SCHEDULE: "inspection_date",
    Step.NOTIFIED: "notified_on",
    Step.REPORT: "report_on",
    Step.INSPECTED: "inspected_on",
    Step.CONCLUDED: "concluded_on",
    Step.FIXED: "fixed_on",
}


class Unit(Struct, frozen=True):
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
    # After a conclusion: the shortcomings it names ("tồn tại, hạn chế"), the day the unit
    # must report its fixes by, and the day that report ("báo cáo khắc phục") came.
    issues: tuple[str, ...] = ()
    fix_by: date | None = None
    fixed_on: date | None = None
    # Procedure results (TTHC) the unit reported, one entry per period.
    tthc: tuple[TthcFigures, ...] = ()

    @property
    def display_name(self) -> str:
        return self.title or self.name

    @property
    def inspection_day(self) -> date | None:
        """The day of the inspection: the actual one once done, else the one planned."""
        return self.inspected_on or self.inspection_date

    @property
    def report_sent(self) -> date | None:
        """The day the report was sent: the day recorded as sent, else the day it arrived."""
        return self.report_sent_on or self.report_on

    def done_on(self, step: Step) -> date | None:
        """The day the step was done (for SCHEDULE, the inspection day set); None if not."""
        done: date | None = getattr(self, STEP_FIELDS[step])
        return done


class LetterSettings(Struct, frozen=True):
    """How the office heads and signs what it sends (the plan file's ``[report]``).

    Every part is optional: the report derives what it can from the plan's issuer and
    leaves a blank ("…") for the clerk to fill in the rest, never a made-up fact.
    """

    parent: str = ""  # the body above the issuer, if any ("UBND HUYỆN BÌNH GIANG" for a phòng)
    body: tuple[str, ...] = ()  # the issuer as printed, a line each ("ỦY BAN NHÂN DÂN", …)
    place: str = ""  # the place before the date: "Bình Giang, ngày … tháng … năm 2023"
    report_code: str = ""  # the report's code after its number: "BC-UBND"
    notice_code: str = ""  # a "Thông báo kết luận kiểm tra"'s code: "TB-UBND"
    signer: tuple[str, ...] = ()  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()  # "Sở Nội vụ tỉnh Hải Dương", …, "Lưu: VT"


class Plan(Struct, frozen=True):
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
    letter: LetterSettings = field(default_factory=LetterSettings)
    # Days a unit criticised in its conclusion has to report its fixes, when the plan sets
    # a default (the seed gives none); counted as the plan counts days.
    follow_up_days: int | None = None
    kinds: Mapping[Kind, UnitKind] = field(default_factory=dict)
    # The year the plan inspects, when not the year it was issued (a plan issued in
    # December for the next year).
    year: int | None = None
    # A plan started from another (``new-plan``): that plan's number, and what was carried
    # over from it (moved dates, texts naming its year) that someone has yet to confirm.
    carried_from: str = ""
    review: tuple[str, ...] = ()

    @property
    def plan_year(self) -> int:
        return self.year or self.issued_on.year

    def checklist_for(self, kind: Kind) -> tuple[ChecklistItem, ...]:
        return self.checklists.get(kind, ())

    def kind(self, code: Kind) -> UnitKind:
        """The declared kind; a code the plan does not declare is named by the code itself."""
        return self.kinds.get(code) or UnitKind(code, code)


# A count the file holds: a whole number ≥ 0 (not a bool) that JSON's 64-bit integers hold.
Count = Annotated[int, Meta(ge=0, le=2**63 - 1)]


class TthcFigures(Struct, frozen=True, gc=False):
    """Administrative procedure results (kết quả giải quyết TTHC) for one period.

    ``pending`` and ``online`` are None when not known: the seed's page gives neither.
    """

    period: str  # as the source words it: "Đến tháng 04/2024", "Quý III/2023"
    received: Count  # files handled ("số hồ sơ xử lý")
    on_time: Count  # settled early or on time ("trước & đúng hạn")
    late: Count  # settled late ("trễ hạn")
    pending: Count | None = None  # still being settled
    online: Count | None = None  # received online
    on: date | None = None  # the day the figures were taken ("cập nhật")


# The counts of a period's figures, in their order; the first three are always given.
TTHC_COUNTS = ("received", "on_time", "late", "pending", "online")


class Role(StrEnum):
    """A team member's place in the Đoàn kiểm tra, highest first."""

    LEADER = "truong-doan"
    DEPUTY = "pho-doan"
    MEMBER = "thanh-vien"
    SECRETARY = "thu-ky"


_ROLE_RANK = {role: rank for rank, role in enumerate(Role)}


class Member(Struct, frozen=True):
    id: str
    name: str
    role: Role
    office: str = ""  # where the member works: "Phòng Nội vụ"


class Decision(Struct, frozen=True):
    """The decision that set the team up: "Quyết định số 215/QĐ-UBND ngày 20/09/2023"."""

    number: str
    on: date


class Team(Struct, frozen=True):
    """The Đoàn kiểm tra: its decision, its members, and who goes to which unit."""

    decision: Decision | None = None
    members: tuple[Member, ...] = ()
    assignments: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # unit key -> ids

    def member(self, member_id: str) -> Member | None:
        return next((member for member in self.members if member.id == member_id), None)

    def ranked(self) -> list[Member]:
        """The members, highest role first (in the order added within a role)."""
        return sorted(self.members, key=lambda member: _ROLE_RANK[member.role])

    def of_unit(self, unit_key: str) -> tuple[Member, ...]:
        """The members who inspect a unit, highest role first."""
        ids = self.assignments.get(unit_key, ())
        if not ids:
            return ()
        return tuple(member for member in self.ranked() if member.id in ids)


class PlanRecords(Struct, frozen=True):
    """What the office records for the plan as a whole, beside its units: the team and the
    issuing body's own procedure results."""

    team: Team = field(default_factory=Team)
    tthc: tuple[TthcFigures, ...] = ()
