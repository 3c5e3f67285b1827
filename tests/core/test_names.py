from __future__ import annotations

import pytest

from cchc_tui.core.errors import UserError
from cchc_tui.core.names import UnitIndex
from cchc_tui.core.planfile import PlanFile


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hong khe", "Xã Hồng Khê"),
        ("Hồng Khê", "Xã Hồng Khê"),
        ("HONG KHE", "Xã Hồng Khê"),
        ("xã Hồng Khê", "Xã Hồng Khê"),
        ("xa hong khe", "Xã Hồng Khê"),
        ("phong kinh te", "Phòng Kinh tế - Hạ tầng"),
        ("ke sat", "Thị trấn Kẻ Sặt"),
        ("thi tran ke sat", "Thị trấn Kẻ Sặt"),
        ("hong", "Xã Hồng Khê"),
        ("Ho\u0302\u0300ng Khe\u0302", "Xã Hồng Khê"),  # NFD input, as macOS sends it
        ("van phong", "Văn phòng HĐND và UBND huyện"),
        ("thai hoa", "Xã Thái Hòa"),
    ],
)
def test_units_are_found_however_staff_type_them(
    sample: PlanFile, query: str, expected: str
) -> None:
    assert UnitIndex(sample.units).find(query).display_name == expected


def test_an_ambiguous_prefix_lists_the_candidates(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        UnitIndex(sample.units).find("tan")
    assert caught.value.key == "unit_ambiguous"
    assert "Tân Hồng" in caught.value.params["candidates"]
    assert "Tân Việt" in caught.value.params["candidates"]


def test_an_unknown_name_is_refused(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        UnitIndex(sample.units).find("Hà Nội")
    assert caught.value.key == "unit_unknown"


def test_filter_matches_word_starts_without_diacritics(sample: PlanFile) -> None:
    names = [unit.display_name for unit in UnitIndex(sample.units).filter("hong")]
    assert names == ["Xã Hồng Khê", "Xã Tân Hồng", "Xã Vĩnh Hồng"]
