"""Recorded times (history, notes, conflicts) are read by one set of functions."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.dates import clock_text, stamp_text, stamp_time
from cchc_tui.core.model import STEP_FIELDS, Mode, Step, Unit


def test_a_recorded_time_reads_the_same_everywhere() -> None:
    at = "2026-11-29T19:02:41+07:00"
    assert stamp_text(at) == "29/11/2026 19:02"
    assert clock_text(at) == "19:02"
    taken = stamp_time(at)
    assert taken is not None and taken.date() == date(2026, 11, 29)


def test_a_time_that_is_not_one_is_shown_as_written_and_has_no_clock() -> None:
    assert stamp_time("hôm qua") is None
    assert clock_text("hôm qua") == ""
    assert stamp_text("hôm qua") == "hôm qua"


def test_each_step_is_read_from_the_field_that_stores_it() -> None:
    unit = Unit(
        "u",
        "Xã A",
        "xa",
        Mode.DIRECT,
        True,
        notified_on=date(2023, 9, 20),
        fixed_on=date(2023, 12, 1),
    )
    assert unit.done_on(Step.NOTIFIED) == date(2023, 9, 20)
    assert unit.done_on(Step.FIXED) == date(2023, 12, 1)
    assert unit.done_on(Step.REPORT) is None
    assert set(STEP_FIELDS) == set(Step)
