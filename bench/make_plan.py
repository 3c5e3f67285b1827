"""Write a plan file with N units, as `cchc-tui import` reads it, for benchmarks at any size.

    python bench/make_plan.py --units 10000 -o /tmp/plan-10k.toml

The plan header and the checklist templates are the bundled sample's (96/KH-UBND); the
units are made up but look real: distinct Vietnamese place names, offices, communes and
towns, direct and self-inspection, and progress that obeys the workflow rules as of
``--as-of`` (dates in order, steps done in order, never after that day). The whole cycle
is there too (issue 12): an inspection team assigned to the direct units, evidence on every
checklist item of a unit assessed, shortcomings and a fix deadline for the units
criticised, and procedure results (TTHC) for the issuing body and every unit.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from msgspec.structs import replace

from cchc_tui.core.model import (
    Conclusion,
    Decision,
    Evidence,
    ItemResult,
    Kind,
    Member,
    Mode,
    Note,
    Plan,
    PlanRecords,
    Role,
    Team,
    TthcFigures,
    Unit,
    Verdict,
)
from cchc_tui.core.planfile import dump_plan_file
from cchc_tui.core.text import fold, slug
from cchc_tui.store.paths import sample_plan

# Syllables that open and close real commune names ("Hồng Khê", "Tân Việt", "Vĩnh Hưng").
FIRST_SYLLABLES = (
    "An Bảo Bình Cẩm Cao Cát Châu Chí Diễn Duy Đại Định Đông Đồng Đức Gia Hà Hải Hiệp Hòa Hoàng "
    "Hồng Hợp Hưng Hương Hữu Khánh Kim Kỳ Lạc Lam Lâm Liên Long Lương Mai Minh Mỹ Nam Nghĩa "
    "Nghi Ngọc Nhân Phong Phú Phúc Phước Phương Quảng Quế Quốc Quỳnh Sơn Tam Tân Thạch Thái "
    "Thanh Thiện Thịnh Thọ Thuận Thúc Thượng Tiên Tiến Tịnh Trung Trường Tường Vạn Văn Việt "
    "Vĩnh Xuân Yên"
)
SECOND_SYLLABLES = (
    "An Bắc Bình Châu Cường Dương Đạo Điền Định Đông Đức Giang Hà Hải Hậu Hiệp Hòa Hội Hợp Hưng "
    "Khê Khánh Kiều Kỳ Lạc Lâm Liêm Lộc Lợi Long Lương Lý Mậu Minh Mỹ Nam Nghĩa Nhuận Ninh "
    "Phong Phú Phúc Phương Quang Quyết Sơn Tài Tân Tây Thạch Thái Thắng Thành Thịnh Thọ Thuận "
    "Thủy Tiến Tịnh Trạch Triều Trung Tường Vân Việt Vinh Xá Xuân Yên"
)
# Real names add a quarter to tell neighbours apart: "Tân Phú Đông", "Vĩnh Hòa Tây".
QUARTERS = ("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung")
# A district's specialised offices (Nghị định 37/2014, 108/2020): (name, title prefix).
OFFICES = (
    ("Văn phòng HĐND và UBND", ""),
    ("Nội vụ", "Phòng "),
    ("Tư pháp", "Phòng "),
    ("Tài chính - Kế hoạch", "Phòng "),
    ("Tài nguyên và Môi trường", "Phòng "),
    ("Lao động - Thương binh và Xã hội", "Phòng "),
    ("Văn hóa và Thông tin", "Phòng "),
    ("Giáo dục và Đào tạo", "Phòng "),
    ("Y tế", "Phòng "),
    ("Kinh tế - Hạ tầng", "Phòng "),
    ("Nông nghiệp và Phát triển nông thôn", "Phòng "),
    ("Thanh tra", ""),
)
# Out of every 20 units: 3 offices, 1 town, 16 communes, as in a district's list.
KIND_PATTERN: tuple[Kind, ...] = ("office",) * 3 + ("town",) + ("commune",) * 16
DIRECT_SHARE = 0.35
STAFF = ("lan.nt", "hung.pv", "mai.ltt", "duc.nm", "huong.dt", "tuan.lq")
FREE_NOTES = (
    "Đã gọi điện nhắc đơn vị gửi báo cáo đúng hạn.",
    "Đơn vị đề nghị lùi lịch kiểm tra 2 ngày do trùng lịch tiếp công dân.",
    "Báo cáo gửi qua hệ thống quản lý văn bản điện tử, chưa có bản giấy.",
    "Đã nhận đủ hồ sơ, chuyển phòng Nội vụ tổng hợp.",
    "Trưởng đoàn đề nghị kiểm tra thêm hồ sơ TTHC quý III.",
    "Đơn vị xin bổ sung phụ lục số liệu trước ngày kiểm tra.",
)
ITEM_NOTES = (
    "Chưa cập nhật đầy đủ trên Cổng Dịch vụ công.",
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.",
    "Kế hoạch ban hành chậm so với chỉ đạo của huyện.",
    "Có sáng kiến tiếp nhận hồ sơ qua Zalo, đề nghị nhân rộng.",
    "Số hóa kết quả giải quyết TTHC mới đạt 45%.",
    "Chưa lưu trữ đủ hồ sơ kiểm tra năm trước.",
)
VIETNAM = timezone(timedelta(hours=7))


def place_names(rng: random.Random) -> Iterator[str]:
    """Endless distinct place names: two syllables first, then with a quarter, then numbered."""
    firsts, seconds = FIRST_SYLLABLES.split(), SECOND_SYLLABLES.split()
    pairs = [f"{a} {b}" for a in firsts for b in seconds if a != b]
    rng.shuffle(pairs)
    yield from pairs
    quartered = [f"{pair} {quarter}" for pair in pairs for quarter in QUARTERS]
    rng.shuffle(quartered)
    yield from (name for name in quartered if name.split()[-1] != name.split()[-2])
    number = 2
    while True:
        yield from (f"{pair} {number}" for pair in pairs)
        number += 1


def unit_names(count: int, rng: random.Random) -> list[tuple[Kind, str, str]]:
    """(kind, name, title) for ``count`` units, names distinct even without diacritics."""
    pattern = list(KIND_PATTERN)
    rng.shuffle(pattern)
    kinds = [pattern[index % len(pattern)] for index in range(count)]
    places = place_names(rng)
    seen: set[str] = set()

    def fresh_place() -> str:
        while True:
            name = next(places)
            if fold(name) not in seen:
                seen.add(fold(name))
                return name

    named: list[tuple[Kind, str, str]] = []
    district = fresh_place()
    office_cycle = 0
    for kind in kinds:
        if kind == "office":
            if office_cycle == len(OFFICES):
                district, office_cycle = fresh_place(), 0
            office, prefix = OFFICES[office_cycle]
            office_cycle += 1
            name = f"{office} huyện {district}"
            named.append((kind, name, f"{prefix}{name}"))
        else:
            name = fresh_place()
            word = "Xã" if kind == "commune" else "Thị trấn"
            named.append((kind, name, f"{word} {name}"))
    return named


class Progress:
    """Draws a unit's progress as of one day, keeping every date the rules allow."""

    def __init__(self, plan: Plan, as_of: date, rng: random.Random) -> None:
        self.plan = plan
        self.as_of = as_of
        self.rng = rng

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max((last - first).days, 0)))

    def done(self, day: date, share: float) -> date | None:
        """``day`` when the step happened by now (most steps that could have, did)."""
        return day if day <= self.as_of and self.chance(share) else None

    def direct(self) -> dict[str, date | None]:
        plan = self.plan
        first_day = max(plan.window_start, plan.issued_on + timedelta(days=plan.notify_lead_days))
        if self.chance(0.15):
            return {}
        inspection = self.day_between(first_day, plan.window_end)
        # Notices and reports mostly come on time, some a few days late, never after D.
        notice_day = inspection - timedelta(days=self.rng.randint(7, 14))
        notified = self.done(max(notice_day, plan.issued_on), 0.92)
        if notified is None:
            return {"inspection_date": inspection}
        report_day = inspection - timedelta(days=self.rng.randint(2, 8))
        reported = self.done(max(report_day, notified), 0.9)
        if reported is None:
            return {"inspection_date": inspection, "notified_on": notified}
        inspected = self.done(inspection, 0.95)
        return {
            "inspection_date": inspection,
            "notified_on": notified,
            "report_on": reported,
            "inspected_on": inspected,
        }

    def self_report(self) -> dict[str, date | None]:
        due = self.plan.self_report_before
        report_day = self.day_between(self.plan.issued_on + timedelta(days=3), due + timedelta(3))
        return {"report_on": self.done(report_day, 0.8)}

    def conclusion(self, ready_on: date | None) -> dict[str, object]:
        if ready_on is None:
            return {}
        concluded = self.done(ready_on + timedelta(days=self.rng.randint(1, 6)), 0.6)
        if concluded is None:
            return {}
        weights = {Conclusion.SATISFACTORY: 6, Conclusion.COMMEND: 2, Conclusion.CRITICISE: 2}
        chosen = self.rng.choices(list(weights), list(weights.values()))[0]
        return {"conclusion": chosen, "concluded_on": concluded}

    def items(self, kind: Kind) -> dict[str, ItemResult]:
        """Every item of the checklist with its evidence, most with a verdict."""
        verdicts = (Verdict.MET,) * 6 + (Verdict.PARTLY_MET, Verdict.NOT_MET, None)
        results = {}
        for item in self.plan.checklist_for(kind):
            verdict = self.rng.choice(verdicts)
            note = self.rng.choice(ITEM_NOTES) if self.chance(0.2) else ""
            results[item.id] = ItemResult(verdict, note, evidence(self.rng, self.as_of))
        return results

    def follow_up(self, concluded: dict[str, object]) -> dict[str, object]:
        """Shortcomings and a deadline for a unit criticised; its fixes reported if due."""
        on = concluded.get("concluded_on")
        if concluded.get("conclusion") is not Conclusion.CRITICISE or not isinstance(on, date):
            return {}
        fix_by = on + timedelta(days=FOLLOW_UP_DAYS)
        issues = tuple(self.rng.sample(ISSUES, self.rng.randint(1, 2)))
        fixed = self.done(on + timedelta(days=self.rng.randint(3, 20)), 0.5)
        return {"issues": issues, "fix_by": fix_by, "fixed_on": fixed}

    def notes(self) -> tuple[Note, ...]:
        if not self.chance(0.15):
            return ()
        notes = []
        for _ in range(self.rng.randint(1, 3)):
            day = self.day_between(self.plan.issued_on, self.as_of)
            moment = datetime.combine(day, time(self.rng.randint(7, 17), self.rng.randint(0, 59)))
            stamp = moment.replace(tzinfo=VIETNAM).isoformat(timespec="microseconds")
            by = self.rng.choice(STAFF)
            notes.append(Note(f"{stamp}~{by}", self.rng.choice(FREE_NOTES), by, stamp))
        return tuple(sorted(notes, key=lambda note: note.at))


TEAM = (
    ("Nguyễn Văn An", Role.LEADER, "Sở Nội vụ"),
    ("Phạm Thị Hoa", Role.DEPUTY, "Sở Nội vụ"),
    ("Trần Quốc Hưng", Role.DEPUTY, "Văn phòng UBND tỉnh"),
    ("Lê Thị Mai", Role.MEMBER, "Sở Tư pháp"),
    ("Đỗ Minh Đức", Role.MEMBER, "Sở Thông tin và Truyền thông"),
    ("Vũ Thị Hương", Role.MEMBER, "Sở Tài chính"),
    ("Hoàng Văn Tuấn", Role.MEMBER, "Sở Kế hoạch và Đầu tư"),
    ("Bùi Thị Lan", Role.MEMBER, "Thanh tra tỉnh"),
    ("Ngô Quang Vinh", Role.MEMBER, "Sở Nội vụ"),
    ("Đặng Thu Trang", Role.SECRETARY, "Sở Nội vụ"),
)
EVIDENCE = (
    "Báo cáo kết quả thực hiện nhiệm vụ CCHC 9 tháng",
    "Kế hoạch CCHC năm 2023 của đơn vị",
    "Biên bản kiểm tra hồ sơ một cửa",
    "Quyết định kiện toàn tổ công tác CCHC",
    "Ảnh chụp bảng niêm yết TTHC",
)
ISSUES = (
    "Chưa niêm yết công khai đầy đủ TTHC tại bộ phận một cửa",
    "Số hóa hồ sơ, kết quả giải quyết TTHC chưa đạt chỉ tiêu",
    "Kế hoạch tuyên truyền CCHC ban hành chậm",
    "Chưa lưu trữ đầy đủ hồ sơ kiểm tra năm trước",
)
FOLLOW_UP_DAYS = 15


def evidence(rng: random.Random, on: date) -> tuple[Evidence, ...]:
    """One or two documents, as a team records them."""
    return tuple(
        Evidence(
            f"{rng.randint(1, 400)}/BC-UBND",
            on - timedelta(days=rng.randint(0, 30)),
            rng.choice(EVIDENCE),
            f"https://hoso.example.vn/{rng.randint(1000, 9999)}.pdf" if rng.random() < 0.3 else "",
        )
        for _ in range(rng.randint(1, 2))
    )


def tthc(rng: random.Random, as_of: date) -> tuple[TthcFigures, ...]:
    """A quarter's procedure results; some with files not accounted for."""
    received = rng.randint(40, 1500)
    late = rng.randint(0, received // 50)
    pending = rng.randint(0, received // 20)
    on_time = received - late - pending - (rng.randint(1, 9) if rng.random() < 0.1 else 0)
    online = rng.randint(0, received) if rng.random() < 0.7 else None
    return (TthcFigures("Quý III/2023", received, max(on_time, 0), late, pending, online, as_of),)


def make_records(units: list[Unit], as_of: date, rng: random.Random) -> PlanRecords:
    """The team (two or three members to each direct unit) and the body's own results,
    none of it dated after ``as_of``."""
    members = tuple(Member(slug(name), name, role, office) for name, role, office in TEAM)
    assignments = {
        unit.key: tuple(member.id for member in rng.sample(members, rng.randint(2, 3)))
        for unit in units
        if unit.mode is Mode.DIRECT
    }
    decision = Decision(f"{rng.randint(100, 999)}/QĐ-UBND", min(date(2023, 9, 20), as_of))
    period = f"Đến ngày {as_of:%d/%m/%Y}"
    body = (TthcFigures(period, 11429, 11273, 4, on=as_of),)
    return PlanRecords(Team(decision, members, assignments), body)


def make_units(plan: Plan, count: int, as_of: date, rng: random.Random) -> list[Unit]:
    progress = Progress(plan, as_of, rng)
    units = []
    for kind, name, title in unit_names(count, rng):
        mode = Mode.DIRECT if progress.chance(DIRECT_SHARE) else Mode.SELF
        dates = progress.direct() if mode is Mode.DIRECT else progress.self_report()
        ready = dates.get("inspected_on" if mode is Mode.DIRECT else "report_on")
        concluded = progress.conclusion(ready)
        units.append(
            Unit(
                key=slug(title),
                name=name,
                kind=kind,
                mode=mode,
                in_seed=False,
                title=title,
                items=progress.items(kind) if ready else {},
                notes=progress.notes(),
                tthc=tthc(rng, as_of),
                **dates,  # type: ignore[arg-type]
                **concluded,  # type: ignore[arg-type]
                **progress.follow_up(concluded),  # type: ignore[arg-type]
            )
        )
    return units


def make_plan(count: int, seed: int, as_of: date) -> str:
    """The TOML text of a plan with ``count`` units."""
    rng = random.Random(seed)
    sample = sample_plan().plan
    plan = replace(
        sample,
        number=f"{rng.randint(20, 399)}/KH-UBND",
        title=sample.title.replace("huyện", "tỉnh"),
        issuer="UBND tỉnh Hải Dương",
        receiver="Sở Nội vụ",
    )
    units = make_units(plan, count, as_of, rng)
    return dump_plan_file(plan, units, make_records(units, as_of, rng))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, required=True, help="number of units")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--seed", type=int, default=96, help="random seed (same seed, same file)")
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=date(2023, 10, 10),
        help="progress as of this day, YYYY-MM-DD (default 2023-10-10)",
    )
    args = parser.parse_args(argv)
    if args.units < 1:
        parser.error("--units must be at least 1")
    text = make_plan(args.units, args.seed, args.as_of)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
