"""Every number, date, text and list of a plan file is bounded on import (issue 15, item 7):
refused with its line, its table and the allowed range, before it can overflow a date,
fail to save or flood the screen."""

from __future__ import annotations

import pytest

from cchc_tui.core.codec_plan import plan_from_dict, plan_to_dict
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.i18n import error_text
from cchc_tui.core.planfile import PlanFile, parse_plan_file
from cchc_tui.core.planfile_bounds import LIST_LIMIT, TEXT_LIMIT
from cchc_tui.core.tthc import COUNT_LIMIT
from cchc_tui.core.workflow import NOTE_LIMIT
from cchc_tui.store.paths import sample_plan_text
from tests.conftest import DATA
from tests.core.plan_text import broken, line_of, plan_file_error

DATE_RANGE = ("range", ("least", "01/01/2000"), ("most", "31/12/2100"))
FIRST_UNIT = '[[units]]\nname = "Kinh tế - Hạ tầng"'


def with_first_unit(lines: str) -> str:
    """The sample with ``lines`` added to its first unit."""
    return broken(FIRST_UNIT, f"{FIRST_UNIT}\n{lines}")


@pytest.mark.parametrize(
    ("text", "where", "field", "problem", "line_start"),
    [
        (
            broken("notify_lead_days = 10", "notify_lead_days = 800000"),
            "[plan]",
            "notify_lead_days",
            ("range", ("least", 0), ("most", 60)),
            "notify_lead_days",
        ),
        (
            broken("report_lead_days = 5", "report_lead_days = -1"),
            "[plan]",
            "report_lead_days",
            ("range", ("least", 0), ("most", 60)),
            "report_lead_days",
        ),
        (
            broken("report_lead_days = 5", "report_lead_days = 5\nfollow_up_days = 366"),
            "[plan]",
            "follow_up_days",
            ("range", ("least", 0), ("most", 365)),
            "follow_up_days",
        ),
        (
            broken("report_lead_days = 5", "report_lead_days = 5\nyear = 99999999999999999999"),
            "[plan]",
            "year",
            ("range", ("least", 2000), ("most", 2100)),
            "year",
        ),
        (
            broken("issued_on = 2023-09-15", "issued_on = 9999-12-31"),
            "[plan]",
            "issued_on",
            DATE_RANGE,
            "issued_on",
        ),
        (
            broken("based_on = [", "days_off = [1999-12-31]\nbased_on = ["),
            "[plan]",
            "days_off",
            DATE_RANGE,
            "days_off",
        ),
        (
            with_first_unit("notified_on = 0001-01-01"),
            "[[units]] #1",
            "notified_on",
            DATE_RANGE,
            "notified_on",
        ),
        (
            with_first_unit(f'report_ref = "{"9" * (TEXT_LIMIT + 1)}"'),
            "[[units]] #1",
            "report_ref",
            ("too_long", ("length", TEXT_LIMIT + 1), ("limit", TEXT_LIMIT)),
            "report_ref",
        ),
        (
            with_first_unit(f'notes = [{{ text = "{"a" * (NOTE_LIMIT + 1)}" }}]'),
            "[[units]] #1",
            "notes.text",
            ("too_long", ("length", NOTE_LIMIT + 1), ("limit", NOTE_LIMIT)),
            "notes",
        ),
        (
            with_first_unit("notes = [" + ", ".join(['{ text = "x" }'] * (LIST_LIMIT + 1)) + "]"),
            "[[units]] #1",
            "notes",
            ("too_many", ("count", LIST_LIMIT + 1), ("limit", LIST_LIMIT)),
            "notes",
        ),
        (
            sample_plan_text()
            + f'\n[[tthc]]\nperiod = "Quý I"\nreceived = {10**30}\non_time = 1\nlate = 0\n',
            "[[tthc]] #1",
            "received",
            ("range", ("least", 0), ("most", COUNT_LIMIT)),
            "received",
        ),
    ],
    ids=[
        "lead-days-800000",
        "report-days-negative",
        "follow-up-a-year-and-a-day",
        "year-past-64-bits",
        "issued-in-9999",
        "day-off-in-1999",
        "unit-date-year-1",
        "reference-too-long",
        "note-too-long",
        "too-many-notes",
        "count-past-64-bits",
    ],
)
def test_a_value_out_of_bounds_is_refused_with_its_line_and_range(
    text: str, where: str, field: str, problem: tuple[object, ...], line_start: str
) -> None:
    error = plan_file_error(text)
    assert error.key == "plan_file_field"
    assert error.params["where"] == where
    assert error.params["field"] == field
    assert error.params["problem"] == problem
    assert error.params["line"] == line_of(text, line_start)


def test_the_message_says_the_range_in_both_languages() -> None:
    error = plan_file_error(broken("notify_lead_days = 10", "notify_lead_days = 800000"))
    assert error_text(error, "vi").endswith("trường “notify_lead_days” phải từ 0 đến 60.")
    assert error_text(error, "en").endswith("field “notify_lead_days” must be from 0 to 60.")
    dated = plan_file_error(broken("issued_on = 2023-09-15", "issued_on = 9999-12-31"))
    assert error_text(dated, "vi").endswith("phải từ 01/01/2000 đến 31/12/2100.")


def test_the_bounds_are_wide_enough_for_every_plan_shipped() -> None:
    for path in sorted(DATA.glob("*.toml")):
        parse_plan_file(path.read_text(encoding="utf-8"), str(path))


def test_a_stored_plan_with_lead_days_out_of_range_is_a_damaged_field(sample: PlanFile) -> None:
    record = plan_to_dict(sample.plan)
    assert plan_from_dict(record).notify_lead_days == 10
    for name, value in [("notify_lead_days", 800_000), ("year", 10**20), ("follow_up_days", -1)]:
        with pytest.raises(FieldProblem) as raised:
            plan_from_dict({**record, name: value})
        assert raised.value.field == name
    assert plan_from_dict({**record, "year": 2100}).year == 2100
