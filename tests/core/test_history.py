"""History lines as `cchc-tui history`, `undo` and the TUI's reload notice word them."""

from __future__ import annotations

from typing import Any

import pytest

from cchc_tui.core.dates import stamp_text
from cchc_tui.core.history import describe_entry, describe_undo
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.snapshot import HistoryEntry, Snapshot
from cchc_tui.core.workflow import Edit


@pytest.fixture
def snapshot(sample: PlanFile) -> Snapshot:
    return Snapshot(sample.plan, sample.units, (sample.plan.number,))


def entry(
    action: str, edits: list[tuple[str, Any, Any]], unit: str | None = "xa-hong-khe", **extra: Any
) -> HistoryEntry:
    return HistoryEntry(
        id=7,
        at="2023-09-20T08:30:00+07:00",
        who="lan",
        plan="96/KH-UBND",
        unit=unit,
        action=action,
        args=extra.pop("args", {}),
        edits=tuple(Edit(*edit) for edit in edits),
        **extra,
    )


@pytest.mark.parametrize(
    ("recorded", "vi", "en"),
    [
        (
            entry("schedule", [("inspection_date", None, "2023-10-05")]),
            "xếp lịch: Ngày kiểm tra: — → 05/10/2023",
            "schedule: Inspection date: — → 05/10/2023",
        ),
        (
            entry("schedule", [("inspection_date", "2023-10-05", "2023-10-09")]),
            "xếp lịch: Ngày kiểm tra: 05/10/2023 → 09/10/2023",
            "schedule: Inspection date: 05/10/2023 → 09/10/2023",
        ),
        (
            entry(
                "conclude", [("conclusion", None, "phe-binh"), ("concluded_on", None, "2023-10-06")]
            ),
            "kết luận: — → Chấn chỉnh, phê bình; Ngày kết luận: — → 06/10/2023",
            "conclude: — → Correct and criticise; Concluded on: — → 06/10/2023",
        ),
        (
            entry(
                "item",
                [("items.so-hoa", None, {"verdict": "chua-dat", "note": "Thiếu\nmáy quét"})],
            ),
            "đánh giá nội dung: Nội dung kiểm tra “Số hóa đầu vào, đầu ra tại bộ phận một …”: "
            "— → Chưa đạt “Thiếu máy quét”",
            "assess item: Checklist item “Số hóa đầu vào, đầu ra tại bộ phận một …”: "
            "— → Not met “Thiếu máy quét”",
        ),
        (
            entry("note", [("notes.x~lan", None, {"text": "Đã gọi\x1b[31m điện", "by": "lan"})]),
            "ghi chú: — → “Đã gọi điện”",
            "note: — → “Đã gọi điện”",
        ),
        (
            entry("undo", [("inspection_date", "2023-10-05", None)], undoes=3),
            "hoàn tác #3: Ngày kiểm tra: 05/10/2023 → —",
            "undo #3: Inspection date: 05/10/2023 → —",
        ),
        (
            entry("import", [], unit=None, args={"plan": "97/KH-UBND"}),
            "nhập kế hoạch 97/KH-UBND",
            "import plan 97/KH-UBND",
        ),
    ],
    ids=["schedule", "reschedule", "conclude", "item", "note", "undo", "import"],
)
def test_each_change_is_put_into_words(
    snapshot: Snapshot, recorded: HistoryEntry, vi: str, en: str
) -> None:
    unit = "" if recorded.unit is None else "Xã Hồng Khê"
    assert describe_entry(recorded, snapshot, "vi") == (unit, vi)
    assert describe_entry(recorded, snapshot, "en") == (unit, en)


def test_a_unit_no_longer_in_the_plan_is_shown_by_its_key(snapshot: Snapshot) -> None:
    gone = entry("schedule", [("inspection_date", None, "2023-10-05")], unit="xa-da-sap-nhap")
    assert describe_entry(gone, snapshot, "vi")[0] == "xa-da-sap-nhap"


def test_undo_is_described_as_what_it_will_put_back(snapshot: Snapshot) -> None:
    scheduled = entry("schedule", [("inspection_date", None, "2023-10-05")])
    assert describe_undo(scheduled, snapshot, "vi") == (
        "#7: Xã Hồng Khê — Ngày kiểm tra: 05/10/2023 → —"
    )
    concluded = entry("conclude", [("conclusion", None, "dat")])
    assert (
        describe_undo(concluded, snapshot, "en") == "#7: Xã Hồng Khê — Conclusion: Satisfactory → —"
    )


@pytest.mark.parametrize(
    ("at", "shown"),
    [
        ("2026-11-29T19:02:41+07:00", "29/11/2026 19:02"),
        ("2023-09-20T08:30:00", "20/09/2023 08:30"),
        ("hôm qua", "hôm qua"),
    ],
)
def test_times_are_shown_day_first(at: str, shown: str) -> None:
    assert stamp_text(at) == shown
