"""A unit's checklist results as the file holds them: read back whole, and any damaged part
named, however short the way that reads them."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.codec import unit_from_dict, unit_to_dict
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.model import Evidence, ItemResult, Mode, Note, Unit, Verdict

PIECE = Evidence("12/BC-UBND", date(2023, 9, 20), "Báo cáo kết quả CCHC 9 tháng")
UNIT = Unit(
    "xa-a",
    "A",
    "commune",
    Mode.DIRECT,
    True,
    title="Xã A",
    inspection_date=date(2023, 10, 5),
    items={
        "ke-hoach": ItemResult(Verdict.MET, evidence=(PIECE, replace(PIECE, link="/hs/12.pdf"))),
        "tuyen-truyen": ItemResult(Verdict.PARTLY_MET, "thiếu ảnh"),
        "kiem-tra": ItemResult(Verdict.NOT_MET, missing="chưa nộp"),
        "so-hoa": ItemResult(None),
    },
    notes=(Note("n2", "sau", "lan", "2023-09-28T10:00"), Note("n1", "trước", "an", "2023-09-17")),
    issues=("Chưa lưu trữ đầy đủ hồ sơ",),
)


def test_a_unit_with_every_kind_of_result_reads_back_as_it_was_written() -> None:
    read = unit_from_dict(unit_to_dict(UNIT, "96/KH-UBND"))
    assert read == replace(UNIT, notes=tuple(sorted(UNIT.notes, key=lambda note: note.at)))


def test_a_unit_read_back_is_still_frozen() -> None:
    read = unit_from_dict(unit_to_dict(UNIT, "96/KH-UBND"))
    with pytest.raises(AttributeError):
        read.title = "Xã B"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        ({"note": 5}, "items.ke-hoach"),
        ({"missing": ["x"]}, "items.ke-hoach"),
        ({"evidence": [{"ref": 12}]}, "items.ke-hoach.evidence"),
        ({"evidence": [{"text": "x", "on": "20/09/2023"}]}, "items.ke-hoach.evidence"),
        ({"evidence": [{"text": "x", "link": None, "on": 5}]}, "items.ke-hoach.evidence"),
        ({"evidence": ["12/BC-UBND"]}, "items.ke-hoach.evidence"),
        ({"evidence": {"ref": "12"}}, "items.ke-hoach.evidence"),
    ],
)
def test_a_damaged_part_of_a_result_is_named(damage: dict[str, object], field: str) -> None:
    record = unit_to_dict(UNIT, "96/KH-UBND")
    record["items"]["ke-hoach"].update(damage)
    with pytest.raises(FieldProblem) as damaged:
        unit_from_dict(record)
    assert damaged.value.field == field


def test_a_result_that_is_not_a_record_is_named() -> None:
    record = unit_to_dict(UNIT, "96/KH-UBND")
    record["items"]["so-hoa"] = "dat"
    with pytest.raises(FieldProblem) as damaged:
        unit_from_dict(record)
    assert damaged.value.field == "items.so-hoa"
