"""Steps, verdicts and conclusions as staff type them, in Vietnamese or English."""

from __future__ import annotations

import pytest

from cchc_tui.core.choices import CONCLUSIONS, MARKABLE_STEPS, VERDICTS, parse_choice
from cchc_tui.core.compat import StrEnum
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Conclusion, Step, Verdict


@pytest.mark.parametrize(
    ("typed", "table", "expected"),
    [
        ("notified", MARKABLE_STEPS, Step.NOTIFIED),
        ("thong-bao", MARKABLE_STEPS, Step.NOTIFIED),
        ("Thông báo lịch", MARKABLE_STEPS, Step.NOTIFIED),
        ("REPORT", MARKABLE_STEPS, Step.REPORT),
        ("báo cáo", MARKABLE_STEPS, Step.REPORT),
        ("đã kiểm tra", MARKABLE_STEPS, Step.INSPECTED),
        ("bieu-duong", CONCLUSIONS, Conclusion.COMMEND),
        ("Biểu dương", CONCLUSIONS, Conclusion.COMMEND),
        ("Đạt", CONCLUSIONS, Conclusion.SATISFACTORY),
        ("chấn chỉnh, phê bình", CONCLUSIONS, Conclusion.CRITICISE),
        ("criticize", CONCLUSIONS, Conclusion.CRITICISE),
        ("dat-mot-phan", VERDICTS, Verdict.PARTLY_MET),
        ("Đạt một phần", VERDICTS, Verdict.PARTLY_MET),
        ("chưa đạt", VERDICTS, Verdict.NOT_MET),
        ("N/A", VERDICTS, Verdict.NOT_APPLICABLE),
        ("không áp dụng", VERDICTS, Verdict.NOT_APPLICABLE),
    ],
)
def test_words_are_read_in_any_case_with_or_without_diacritics(
    typed: str, table: dict[str, StrEnum], expected: StrEnum
) -> None:
    assert parse_choice(typed, table, "x") is expected


@pytest.mark.parametrize(
    ("table", "what"),
    [(MARKABLE_STEPS, "step"), (CONCLUSIONS, "conclusion"), (VERDICTS, "verdict")],
)
def test_every_code_a_refusal_lists_is_itself_accepted(
    table: dict[str, StrEnum], what: str
) -> None:
    with pytest.raises(UserError) as caught:
        parse_choice("xong", table, what)
    assert (caught.value.key, caught.value.params["what"]) == ("choice_unknown", what)
    listed = caught.value.params["choices"].split(", ")
    assert {parse_choice(code, table, what) for code in listed} == set(table.values())
