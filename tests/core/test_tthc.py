"""Procedure results (TTHC): rates said honestly, and parts that do not add up said aloud.

The case is the seed's own page: "Số hồ sơ xử lý: 11429; Trước & đúng hạn: 11273; Trễ
hạn: 4; Trễ hạn: 0% (Cập nhật lúc: 14/04/2024)"."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_tui.core.codec import unit_from_dict, unit_to_dict
from cchc_tui.core.errors import FieldProblem, RuleError, UserError
from cchc_tui.core.model import Mode, TthcFigures, Unit
from cchc_tui.core.tthc import (
    count_text,
    figures_sentence,
    mismatch_text,
    percent,
    rate_text,
    remove_tthc,
    set_tthc,
)

SEED = TthcFigures("Đến tháng 04/2024", 11429, 11273, 4, on=date(2024, 4, 14))
APRIL_15 = date(2024, 4, 15)


def test_four_late_of_the_seeds_settled_files_is_not_zero_per_cent() -> None:
    assert rate_text(4, 11273 + 4, "vi") == "0,04 %"
    assert rate_text(4, 11277, "en") == "0.04 %"
    assert rate_text(11273, 11277, "vi") == "99,96 %"  # not the page's "100.0%"


@pytest.mark.parametrize(
    ("part", "whole", "shown"),
    [
        (1, 100_000, "0.001"),  # two decimals would read 0
        (99_999, 100_000, "99.999"),  # two decimals would read 100
        (1, 2, "50"),  # exact: no trailing zeros
        (1, 8, "12.5"),
        (1, 3, "33.33"),
        (0, 5, "0"),
        (5, 5, "100"),
        (7, 0, None),  # nothing to rate
    ],
)
def test_a_rate_never_reads_zero_for_some_nor_a_hundred_for_not_all(
    part: int, whole: int, shown: str | None
) -> None:
    assert percent(part, whole) == shown


def test_the_seeds_figures_say_the_152_files_not_accounted_for() -> None:
    assert mismatch_text(SEED, "vi") == (
        "Số liệu không khớp: 11.273 + 4 = 11.277 ≠ 11.429 hồ sơ xử lý; 152 hồ sơ không rõ "
        "kết quả (chưa ghi số đang giải quyết)."
    )
    assert figures_sentence(SEED, "vi").startswith(
        "Đến tháng 04/2024 (cập nhật 14/04/2024): 11.429 hồ sơ xử lý; giải quyết trước và đúng "
        "hạn 11.273 (99,96 %), trễ hạn 4 (0,04 %). Số liệu không khớp:"
    )
    assert "152 files are not accounted for" in figures_sentence(SEED, "en")


def test_files_in_progress_can_account_for_the_rest_or_be_too_many() -> None:
    settled = TthcFigures("Quý I/2024", 11429, 11273, 4, pending=152)
    assert mismatch_text(settled, "vi") is None
    assert figures_sentence(settled, "vi").endswith("đang giải quyết 152.")
    too_many = TthcFigures("Quý I/2024", 100, 90, 5, pending=10)
    assert mismatch_text(too_many, "vi") == (
        "Số liệu không khớp: 90 + 5 + 10 = 105, nhiều hơn 100 hồ sơ xử lý 5 hồ sơ."
    )


def test_counts_are_grouped_as_each_language_writes_them() -> None:
    assert (count_text(11429, "vi"), count_text(11429, "en"), count_text(4, "vi")) == (
        "11.429",
        "11,429",
        "4",
    )


def test_one_period_is_one_entry_recorded_again_by_its_name() -> None:
    change = set_tthc(None, (), SEED, APRIL_15)
    assert change.unit is None and change.action == "tthc"
    (edit,) = change.edits
    assert (edit.field, edit.old) == ("tthc.den-thang-04-2024", None)
    assert edit.new == {
        "period": "Đến tháng 04/2024",
        "received": 11429,
        "on_time": 11273,
        "late": 4,
        "on": "2024-04-14",
    }
    # the same period typed without diacritics corrects it
    again = TthcFigures("den thang 04/2024", 11429, 11273, 4, pending=152)
    (corrected,) = set_tthc(None, (SEED,), again, APRIL_15).edits
    assert corrected.field == edit.field and corrected.old == edit.new
    with pytest.raises(RuleError):
        set_tthc(None, (SEED,), SEED, APRIL_15)
    (removed,) = remove_tthc(None, (SEED,), "Đến tháng 04/2024").edits
    assert (removed.old, removed.new) == (edit.new, None)


@pytest.mark.parametrize(
    ("figures", "key"),
    [
        (TthcFigures("  ", 1, 1, 0), "tthc.period_empty"),
        (TthcFigures("Q1", 10, 5, 0, online=11), "tthc.online_over"),
        (TthcFigures("Q1", 10, 5, 0, on=date(2024, 4, 16)), "rule.in_future"),
        (TthcFigures("Q1", 1_000_000_000, 5, 0), "tthc.count_range"),
    ],
)
def test_impossible_figures_are_refused(figures: TthcFigures, key: str) -> None:
    with pytest.raises(UserError) as refused:
        set_tthc(None, (), figures, APRIL_15)
    assert refused.value.key == key


STORED = {"period": "Quý III/2023", "received": 492, "on_time": 480, "late": 6, "on": "2023-10-10"}


def _stored_unit(**fields: object) -> dict[str, object]:
    record = unit_to_dict(Unit("xa-a", "A", "commune", Mode.DIRECT, True), "96/KH-UBND")
    record.update(fields)
    return record


def test_stored_figures_are_read_back_with_what_is_unknown_left_unknown() -> None:
    unit = unit_from_dict(_stored_unit(tthc={"quy-iii-2023": STORED}))
    assert unit.tthc == (TthcFigures("Quý III/2023", 492, 480, 6, on=date(2023, 10, 10)),)


@pytest.mark.parametrize(
    ("figures", "field"),
    [
        ({**STORED, "received": True}, "tthc.quy-iii-2023.received"),
        ({**STORED, "late": -1}, "tthc.quy-iii-2023.late"),
        ({**STORED, "online": "12"}, "tthc.quy-iii-2023.online"),
        ({**STORED, "period": 3}, "tthc.quy-iii-2023.period"),
        ({**STORED, "on": "10/10/2023"}, "tthc.quy-iii-2023.on"),
        ("492", "tthc.quy-iii-2023"),
    ],
)
def test_a_damaged_figure_in_the_file_is_named(figures: object, field: str) -> None:
    with pytest.raises(FieldProblem) as damaged:
        unit_from_dict(_stored_unit(tthc={"quy-iii-2023": figures}))
    assert damaged.value.field == field
