"""The command line in the person's language: argparse's own words, a one-line usage error,
step names as typed in Vietnamese, refusals of impossible values, "nothing to change"."""

from __future__ import annotations

import pytest

from cchc_tui.store import Store
from tests.cli.conftest import Outcome, Run


@pytest.mark.parametrize(
    ("argv", "vi", "en"),
    [
        (
            ["mark"],
            "cchc-tui mark: lỗi: thiếu tham số: ĐƠN-VỊ, thong-bao|bao-cao|kiem-tra|khac-phuc. "
            "Xem: cchc-tui mark --help\n",
            "cchc-tui mark: error: the following arguments are required: UNIT, "
            "notified|report|inspected|fixed. See: cchc-tui mark --help\n",
        ),
        (
            ["summary", "--format", "pdf"],
            "cchc-tui summary: lỗi: tham số --format/-f: không có lựa chọn 'pdf' (chọn một trong:",
            "cchc-tui summary: error: argument --format/-f: invalid choice: 'pdf' (choose from",
        ),
        (
            ["units", "--nhanh"],
            "cchc-tui: lỗi: không hiểu: --nhanh. Xem: cchc-tui --help\n",
            "cchc-tui: error: unrecognized arguments: --nhanh. See: cchc-tui --help\n",
        ),
        (
            ["agenda", "--days", "-5"],
            "cchc-tui agenda: lỗi: tham số --days: phải là một số ngày từ 0 đến 3660. "
            "Xem: cchc-tui agenda --help\n",
            "cchc-tui agenda: error: argument --days: must be a number of days from 0 to 3660. "
            "See: cchc-tui agenda --help\n",
        ),
    ],
    ids=["required", "invalid-choice", "unrecognized", "negative-days"],
)
def test_a_usage_error_is_one_line_in_the_language_with_a_hint(
    cli: Run, store: Store, argv: list[str], vi: str, en: str
) -> None:
    before = store.path.read_bytes()
    for lang, expected in (("vi", vi), ("en", en)):
        outcome = cli("--lang", lang, *argv)
        assert (outcome.code, outcome.out) == (2, "")
        assert outcome.err.startswith(expected)
        assert outcome.err.count("\n") == 1
    assert store.path.read_bytes() == before


def test_help_headers_are_in_vietnamese(run: Run) -> None:
    out = run("schedule", "--help").out
    assert out.startswith("cách dùng: cchc-tui schedule")
    assert "\ntham số:\n" in out and "\ntùy chọn:\n" in out
    assert "ĐƠN-VỊ" in out and "in hướng dẫn này rồi thoát" in out
    assert "usage" not in out and "positional arguments" not in out and "options:" not in out


def test_step_names_are_offered_as_typed_in_the_language(cli: Run) -> None:
    assert "thong-bao|bao-cao|kiem-tra" in cli("mark", "--help").out
    assert "notified|report|inspected" in cli("--lang", "en", "mark", "--help").out
    refused = cli("mark", "hong khe", "xong")
    assert refused.code == 1
    assert (
        "Chọn một trong: thong-bao (notified), bao-cao (report), kiem-tra (inspected), "
        "khac-phuc (fixed)." in refused.err
    )
    english = cli("--lang", "en", "mark", "hong khe", "xong")
    assert (
        "Choose one of: notified (thong-bao), report (bao-cao), inspected (kiem-tra), "
        "fixed (khac-phuc)." in english.err
    )


def test_units_says_when_nothing_matches(cli: Run) -> None:
    assert cli("units", "--filter", "zzz") == Outcome(0, "Không có đơn vị nào khớp “zzz”.\n", "")


def test_asking_for_what_is_already_recorded_is_not_an_error(cli: Run, store: Store) -> None:
    assert cli("schedule", "hong khe", "05/10/2023").code == 0
    before = store.path.read_bytes()
    again = cli("schedule", "hong khe", "05/10/2023")
    assert again == Outcome(0, "Xã Hồng Khê: không có gì thay đổi.\n", "")
    assert store.path.read_bytes() == before


def test_a_checklist_item_is_named_by_its_number(cli: Run) -> None:
    refused = cli("item", "ke sat", "99", "dat")
    assert "Thị trấn Kẻ Sặt không có nội dung kiểm tra số 99." in refused.err
    by_words = cli("item", "ke sat", "khong co", "dat")
    assert "không có nội dung kiểm tra “khong co”" in by_words.err
