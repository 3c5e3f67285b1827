"""Where each fact comes from: units the plan's text does not name, and checklist items
taken from elsewhere, are marked in the report with a footnote, in every form."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.model import ItemResult, Verdict
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.report import FORMATS, build_report, render
from cchc_tui.core.snapshot import Snapshot

TODAY = date(2023, 9, 25)
UNIT_NOTE = "(*) Đơn vị không được nêu tên trong văn bản kế hoạch."
ITEM_NOTE = "(*) Nội dung không có trong lời văn của kế hoạch, lấy từ: chú thích ảnh của bài viết."


def assessed(sample: PlanFile) -> Snapshot:
    """The sample with one photo-caption item assessed at Xã Tân Hồng."""
    units = tuple(
        replace(unit, items={"so-hoa": ItemResult(Verdict.NOT_MET, "Mới đạt 45%")})
        if unit.display_name == "Xã Tân Hồng"
        else unit
        for unit in sample.units
    )
    return Snapshot(sample.plan, units, (sample.plan.number,))


def text_of(shown: str | bytes, fmt: str) -> str:
    if isinstance(shown, bytes):
        with zipfile.ZipFile(io.BytesIO(shown)) as package:
            names = [n for n in package.namelist() if n.endswith(".xml")]
            return " ".join(package.read(n).decode() for n in names)
    if fmt == "json":
        return json.dumps(json.loads(shown), ensure_ascii=False)
    return shown.replace("\\*", "*") if fmt == "markdown" else shown


def test_the_sample_marks_the_two_photo_caption_items_and_fifteen_units(
    sample: PlanFile,
) -> None:
    marked = [item.id for item in sample.plan.checklist_for("commune") if item.source]
    assert marked == ["dich-vu-cong", "so-hoa"]
    assert sum(1 for unit in sample.units if not unit.in_seed) == 15


def test_the_text_report_marks_them_and_says_why_under_each_table(sample: PlanFile) -> None:
    text = render(build_report(assessed(sample), TODAY, "vi"), "text")
    assert isinstance(text, str)
    assert "13. Xã Bình Xuyên (*) — tự kiểm tra" in text
    assert "3. Xã Hồng Khê — kiểm tra trực tiếp" in text  # named by the plan: no mark
    assert "6. Số hóa đầu vào, đầu ra tại bộ phận một cửa (*): chưa đạt 1" in text
    assert "Xã Tân Hồng — Số hóa đầu vào, đầu ra tại bộ phận một cửa (*): chưa đạt" in text
    assert text.count(UNIT_NOTE) == 1
    assert text.count(ITEM_NOTE) == 3  # results, shortcomings, each unit's checklist


@pytest.mark.parametrize("fmt", [fmt for fmt in FORMATS if fmt not in ("csv", "tsv")])
def test_every_form_carries_the_footnotes(sample: PlanFile, fmt: str) -> None:
    shown = text_of(render(build_report(assessed(sample), TODAY, "vi"), fmt), fmt)
    assert "Xã Bình Xuyên (*)" in shown
    assert UNIT_NOTE in shown
    assert ITEM_NOTE in shown


def test_a_csv_holds_the_mark_in_the_name_and_json_the_source_of_each_item(
    sample: PlanFile,
) -> None:
    report = build_report(assessed(sample), TODAY, "en")
    csv = render(report, "csv")
    assert isinstance(csv, str) and "Xã Bình Xuyên (*)," in csv
    data = json.loads(render(report, "json"))
    unit = next(u for u in data["units"] if u["name"] == "Xã Tân Hồng")
    sources = {item["id"]: item.get("source") for item in unit["checklist"]}
    assert sources["so-hoa"] == "chú thích ảnh của bài viết"
    assert sources["ke-hoach"] is None
    assert "(*) A unit the plan's text does not name." in render(report, "text")


def test_a_plan_that_marks_nothing_has_no_footnote(sample: PlanFile) -> None:
    units = tuple(replace(unit, in_seed=True) for unit in sample.units)
    plan = replace(
        sample.plan,
        checklists={
            kind: tuple(replace(item, source="") for item in items)
            for kind, items in sample.plan.checklists.items()
        },
    )
    text = render(build_report(Snapshot(plan, units, (plan.number,)), TODAY, "vi"), "text")
    assert "(*)" not in text


def test_kinds_sharing_an_item_but_not_its_source_are_counted_together(
    sample: PlanFile,
) -> None:
    """A hand-edited file may say the source on the communes' copy only."""
    town = tuple(replace(item, source="") for item in sample.plan.checklists["town"])
    plan = replace(sample.plan, checklists={**sample.plan.checklists, "town": town})
    units = tuple(
        replace(unit, items={"so-hoa": ItemResult(Verdict.NOT_MET)})
        if unit.display_name in ("Thị trấn Kẻ Sặt", "Xã Tân Hồng")
        else unit
        for unit in sample.units
    )
    text = render(build_report(Snapshot(plan, units, (plan.number,)), TODAY, "vi"), "text")
    assert "6. Số hóa đầu vào, đầu ra tại bộ phận một cửa (*): chưa đạt 2" in text
