"""Kinds of unit are the plan's: declared with their names and checklists, found by any of
their words, and the three kinds of earlier files (office, commune, town) still read."""

from __future__ import annotations

import pytest

from cchc_tui.core.codec_plan import plan_from_dict, plan_to_dict
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import error_text, kind_word
from cchc_tui.core.kinds import kind_words
from cchc_tui.core.names import UnitIndex
from cchc_tui.core.planfile import PlanFile, dump_plan_file, parse_plan_file
from tests.conftest import DATA

PROVINCE = DATA / "example-2026-province-level.toml"

HEADER = """\
[plan]
number = "01/KH-UBND"
title = "Kiểm tra CCHC năm 2026"
issuer = "UBND phường Ví Dụ"
issued_on = 2026-03-02
based_on = []
period = "Từ ngày 01/01/2026"
window = "Tháng 4 năm 2026"
self_report_before = 2026-05-01
notify_lead_days = 10
report_lead_days = 5
receiver = "UBND phường"
"""
KINDS = """
[kinds.phong]
name = "Phòng"
name_en = "Office"

[kinds.truong]
name = "Trường"
name_en = "School"
words = ["Trường học"]

[[checklists.phong]]
id = "ke-hoach"
text = "Kế hoạch CCHC"

[[checklists.truong]]
id = "mot-cua"
text = "Một cửa"
source = "ảnh chụp"
"""
UNITS = """
[[units]]
name = "Văn hóa - Xã hội"
title = "Phòng Văn hóa - Xã hội"
kind = "phong"
mode = "direct"

[[units]]
name = "Kim Đồng"
title = "Trường Kim Đồng"
kind = "Trường"
mode = "self"
"""


def parsed(text: str) -> PlanFile:
    return parse_plan_file(text, "plan.toml")


def refusal(text: str) -> tuple[int, str]:
    with pytest.raises(UserError) as caught:
        parsed(text)
    return caught.value.params["line"], error_text(caught.value, "en")


def test_a_plan_declares_its_own_kinds_with_their_names_and_checklists() -> None:
    plan_file = parsed(HEADER + KINDS + UNITS)
    plan = plan_file.plan
    office, school = plan_file.units
    assert (office.kind, school.kind) == ("phong", "truong")  # by code, or by its name
    assert [kind_word(plan, u.kind, "vi") for u in plan_file.units] == ["Phòng", "Trường"]
    assert [kind_word(plan, u.kind, "en") for u in plan_file.units] == ["Office", "School"]
    assert [item.text for item in plan.checklist_for("truong")] == ["Một cửa"]
    assert plan.checklist_for("truong")[0].source == "ảnh chụp"
    again = parsed(dump_plan_file(plan, plan_file.units))
    assert again == plan_file


def test_the_province_example_has_departments_wards_and_a_special_zone() -> None:
    plan_file = parsed(PROVINCE.read_text(encoding="utf-8"))
    plan = plan_file.plan
    assert "VÍ DỤ — KHÔNG PHẢI KẾ HOẠCH THẬT" in PROVINCE.read_text(encoding="utf-8")
    assert plan.number.endswith("(ví dụ)")
    assert {kind.name for kind in plan.kinds.values()} == {"Sở", "Ban", "Phường", "Xã", "Đặc khu"}
    words = {u.display_name: kind_word(plan, u.kind, "vi") for u in plan_file.units}
    assert words["Sở Tài chính"] == "Sở"
    assert words["Phường Ví Dụ Một"] == "Phường"
    assert words["Đặc khu Ví Dụ"] == "Đặc khu"
    index = UnitIndex(plan_file.units, kind_words(plan))
    assert index.find("so tai chinh").display_name == "Sở Tài chính"
    assert index.find("tai chinh").display_name == "Sở Tài chính"
    assert index.find("phuong vi du mot").display_name == "Phường Ví Dụ Một"
    assert index.find("dac khu vi du").display_name == "Đặc khu Ví Dụ"


def test_a_unit_of_a_kind_the_plan_does_not_declare_names_its_line_and_the_kinds() -> None:
    text = HEADER + KINDS + UNITS.replace('kind = "Trường"', 'kind = "ward"')
    line, said = refusal(text)
    assert text.splitlines()[line - 1] == 'kind = "ward"'
    assert "[[units]] #2" in said
    assert "phong | truong" in said


def test_a_checklist_for_an_undeclared_kind_names_its_own_table_not_line_1() -> None:
    text = HEADER + KINDS + "\n[[checklists.ward]]\nid = 'x'\ntext = 'y'\n" + UNITS
    line, said = refusal(text)
    assert text.splitlines()[line - 1] == "[[checklists.ward]]"
    assert "phong | truong" in said


def test_a_kind_without_a_name_or_with_a_wrong_field_is_refused_at_its_line() -> None:
    nameless = HEADER + KINDS.replace('name = "Trường"\n', "") + UNITS
    line, said = refusal(nameless)
    assert nameless.splitlines()[line - 1] == "[kinds.truong]"
    assert "“name”" in said
    wrong = HEADER + KINDS.replace('words = ["Trường học"]', "words = 3") + UNITS
    line, said = refusal(wrong)
    assert wrong.splitlines()[line - 1] == "words = 3"
    typo = HEADER + KINDS.replace('name_en = "School"', 'name_eng = "School"') + UNITS
    line, said = refusal(typo)
    assert "name_eng" in said and "name_en" in said


def test_a_plan_file_of_an_earlier_version_has_office_commune_and_town() -> None:
    legacy = (
        HEADER
        + """
[[checklists.xa]]
id = "ke-hoach"
text = "Kế hoạch CCHC"

[[units]]
name = "Hồng Khê"
title = "Xã Hồng Khê"
kind = "xa"
mode = "direct"

[[units]]
name = "Y tế"
title = "Phòng Y tế"
kind = "phong"
mode = "self"

[[units]]
name = "Kẻ Sặt"
title = "Thị trấn Kẻ Sặt"
kind = "thi tran"
mode = "self"
"""
    )
    plan_file = parsed(legacy)
    assert [u.kind for u in plan_file.units] == ["commune", "office", "town"]
    assert set(plan_file.plan.checklists) == {"commune"}
    # WORDING row 5: Thanh tra and Văn phòng are offices, not "Phòng"
    assert kind_word(plan_file.plan, "office", "vi") == "Cơ quan chuyên môn"
    index = UnitIndex(plan_file.units, kind_words(plan_file.plan))
    assert index.find("tt ke sat").display_name == "Thị trấn Kẻ Sặt"
    assert index.find("phong y te").display_name == "Phòng Y tế"


def test_a_data_file_plan_stored_before_kinds_were_declared_still_loads(
    sample: PlanFile,
) -> None:
    stored = plan_to_dict(sample.plan)
    del stored["kinds"]
    assert plan_from_dict(stored).kinds == sample.plan.kinds


def test_a_unit_not_named_by_the_plans_text_is_so_only_when_the_file_says_so() -> None:
    plan_file = parsed(
        HEADER + KINDS + UNITS.replace('mode = "self"', 'mode = "self"\nin_seed = false')
    )
    assert [u.in_seed for u in plan_file.units] == [True, False]
