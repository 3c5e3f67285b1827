"""How the store's reasons for a damaged file read: it raises them with their structure
(``Detail``, ``Where``) and the message is built from it, in either language."""

from __future__ import annotations

import pytest

from cchc_tui.core.errors import DataFileError, Detail, Where
from cchc_tui.core.i18n import Lang, error_text


@pytest.mark.parametrize(
    ("detail", "lang", "said"),
    [
        (Detail("empty"), "en", "the file is empty"),
        (Detail("empty"), "vi", "tệp rỗng"),
        (Detail("json", line=3, column=7), "en", "unreadable JSON at line 3, column 7"),
        (Detail("json", line=3, column=7), "vi", "không đọc được JSON ở dòng 3, cột 7"),
        (Where("units"), "en", "table units is missing or broken"),
        (Where("units"), "vi", "thiếu hoặc hỏng bảng units"),
        (Where("_meta", field="schema"), "en", "_meta.schema"),
        (Where("plans", "x1"), "en", "plans #x1"),
        (Where("unit", 3, "name"), "vi", "unit #3: name"),
        (Where("plan", field="team", plan="96/KH-UBND"), "en", "plan 96/KH-UBND: team"),
        ("Permission denied", "en", "Permission denied"),  # the system's words, as they come
    ],
)
def test_a_damaged_file_says_why_and_where(detail: object, lang: Lang, said: str) -> None:
    error = DataFileError("db_corrupt", path="/data/cchc.json", detail=detail, restore="")
    assert f"({said})" in error_text(error, lang)


def test_a_file_of_another_program_says_so_in_words() -> None:
    error = DataFileError("db_foreign", path="/tmp/x.json", detail=Detail("not_ours"), restore="")
    assert error_text(error, "en") == (
        "/tmp/x.json is not a cchc-tui data file (it carries no cchc-tui marker). "
        "Nothing was changed."
    )
