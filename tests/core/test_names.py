from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_tui.core.errors import UserError
from cchc_tui.core.kinds import kind_words
from cchc_tui.core.names import UnitIndex
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.text import fold


def _index(sample: PlanFile) -> UnitIndex:
    return UnitIndex(sample.units, kind_words(sample.plan))


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
    assert _index(sample).find(query).display_name == expected


def test_an_ambiguous_prefix_lists_the_candidates(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        _index(sample).find("tan")
    assert caught.value.key == "unit_ambiguous"
    assert "Tân Hồng" in caught.value.params["candidates"]
    assert "Tân Việt" in caught.value.params["candidates"]


def test_an_unknown_name_is_refused(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        _index(sample).find("Hà Nội")
    assert caught.value.key == "unit_unknown"


def test_filter_matches_word_starts_without_diacritics(sample: PlanFile) -> None:
    names = [unit.display_name for unit in _index(sample).filter("hong")]
    assert names == ["Xã Hồng Khê", "Xã Tân Hồng", "Xã Vĩnh Hồng"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tt ke sat", "Thị trấn Kẻ Sặt"),
        ("Thị trấn Kẻ Sặt", "Thị trấn Kẻ Sặt"),
        ("phong y te", "Phòng Y tế"),
        ("y te", "Phòng Y tế"),
        ("Phòng Nội vụ", "Phòng Nội vụ"),
        ("thanh tra", "Thanh tra huyện"),
        ("vinh hung", "Xã Vĩnh Hưng"),
        ("VĨNH HỒNG", "Xã Vĩnh Hồng"),
        ("  xa   co   bi  ", "Xã Cổ Bì"),
        ("phong lao dong", "Phòng Lao động - Thương binh và Xã hội"),
        ("tai chinh ke hoach", "Phòng Tài chính - Kế hoạch"),
        ("van phong hdnd", "Văn phòng HĐND và UBND huyện"),
    ],
)
def test_kind_words_spacing_and_short_names(sample: PlanFile, query: str, expected: str) -> None:
    assert _index(sample).find(query).display_name == expected


def test_every_unit_is_found_by_its_full_name_its_bare_name_and_typed_plainly(
    sample: PlanFile,
) -> None:
    index = _index(sample)
    for unit in sample.units:
        for query in (unit.display_name, unit.name, fold(unit.display_name).upper()):
            assert index.find(query) is unit, query


@pytest.mark.parametrize(
    ("query", "candidates"),
    [
        ("tan", ["Xã Tân Hồng", "Xã Tân Việt"]),
        ("thai h", ["Xã Thái Học", "Xã Thái Hòa"]),
        ("xa vinh", ["Xã Vĩnh Hưng", "Xã Vĩnh Hồng"]),
        ("binh", ["Xã Bình Minh", "Xã Bình Xuyên"]),
    ],
)
def test_an_ambiguous_name_lists_exactly_the_units_it_matches(
    sample: PlanFile, query: str, candidates: list[str]
) -> None:
    with pytest.raises(UserError) as caught:
        _index(sample).find(query)
    assert caught.value.key == "unit_ambiguous"
    assert caught.value.params["candidates"] == ", ".join(candidates)


@pytest.mark.parametrize("query", ["", "   ", "-", "xã"])
def test_a_blank_or_kind_only_query_names_no_single_unit(sample: PlanFile, query: str) -> None:
    with pytest.raises(UserError) as caught:
        _index(sample).find(query)
    assert caught.value.key in {"unit_unknown", "unit_ambiguous"}


def test_an_unknown_name_suggests_units_sharing_a_word(sample: PlanFile) -> None:
    with pytest.raises(UserError) as caught:
        _index(sample).find("xã Hồng Phong")
    suggestions = caught.value.params["suggestions"].split(", ")
    assert "Xã Hồng Khê" in suggestions
    assert "Xã Vĩnh Hồng" in suggestions


def test_an_unknown_name_suggests_nothing_from_parts_of_words(sample: PlanFile) -> None:
    # "ha" must not bring up Thúc Kháng or Hùng Thắng just because "kha"/"tha" contain it
    with pytest.raises(UserError) as caught:
        _index(sample).find("ha noi")
    assert caught.value.params["suggestions"] == "Phòng Kinh tế - Hạ tầng, Phòng Nội vụ"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 28),
        ("vinh", ["Xã Vĩnh Hưng", "Xã Vĩnh Hồng"]),
        ("thai h", ["Xã Thái Học", "Xã Thái Hòa"]),
        ("PHÒNG TÀI", ["Phòng Tài nguyên và Môi trường", "Phòng Tài chính - Kế hoạch"]),
        # words in any order; "tan" also starts "tầng"
        ("tang kinh", ["Phòng Kinh tế - Hạ tầng"]),
        ("tan", ["Phòng Kinh tế - Hạ tầng", "Xã Tân Hồng", "Xã Tân Việt"]),
        ("zz", []),
    ],
)
def test_filter_keeps_units_where_every_word_starts_a_word(
    sample: PlanFile, query: str, expected: list[str] | int
) -> None:
    names = [unit.display_name for unit in _index(sample).filter(query)]
    assert (len(names) if isinstance(expected, int) else names) == expected


VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạầấẩẫậềếểễệọộớờởỡợủứừửữự-."
    ),
    max_size=30,
)


@given(VIETNAMESE)
def test_fold_is_the_same_for_composed_and_decomposed_text(text: str) -> None:
    folded = fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == folded
    assert fold(unicodedata.normalize("NFC", text)) == folded
    assert fold(folded) == folded
    assert folded == folded.lower() and folded.isascii()


@given(st.data())
def test_lookup_is_the_same_for_composed_decomposed_and_cased_names(
    sample: PlanFile, data: st.DataObject
) -> None:
    index = _index(sample)
    unit = data.draw(st.sampled_from(sample.units))
    typed = data.draw(st.sampled_from([unit.display_name, unit.name]))
    form = data.draw(st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]))
    case = data.draw(st.sampled_from([str.upper, str.lower, str.title, str]))
    assert index.find(case(unicodedata.normalize(form, typed))) is unit


@given(st.text(max_size=20))
def test_any_query_finds_one_unit_or_raises_a_user_error(sample: PlanFile, query: str) -> None:
    index = _index(sample)
    outcomes = []
    for form in ("NFC", "NFD"):
        try:
            outcomes.append(index.find(unicodedata.normalize(form, query)).key)
        except UserError as error:
            assert error.key in {"unit_unknown", "unit_ambiguous"}
            outcomes.append(error.key)
    assert outcomes[0] == outcomes[1]


@given(st.data())
def test_filtering_as_a_name_is_typed_and_erased_finds_what_each_query_finds_alone(
    sample: PlanFile, data: st.DataObject
) -> None:
    """The filter starts from the last query's units when typed on from it."""
    unit = data.draw(st.sampled_from(sample.units))
    typed = data.draw(st.sampled_from([unit.display_name, unit.name])) + data.draw(VIETNAMESE)
    queries = [typed[:end] for end in range(len(typed) + 1)]
    index = _index(sample)
    for query in queries + queries[::-1]:
        assert index.filter(query) == _index(sample).filter(query), query
