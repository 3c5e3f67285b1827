"""Dates as staff type them (DD/MM/YYYY, or ISO) and as every screen shows them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_tui.core.dates import EARLIEST, LATEST, format_date, month_weeks, parse_date
from cchc_tui.core.errors import UserError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/10/2023", date(2023, 10, 5)),
        ("5/10/2023", date(2023, 10, 5)),
        (" 05/10/2023 ", date(2023, 10, 5)),
        ("05.10.2023", date(2023, 10, 5)),
        ("05-10-2023", date(2023, 10, 5)),
        ("2023-10-05", date(2023, 10, 5)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_dates_are_read_day_first_or_iso(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31/02/2023", "date_invalid"),
        ("29/02/2023", "date_invalid"),
        ("2023-13-01", "date_invalid"),
        ("00/10/2023", "date_invalid"),
        ("mai", "date_format"),
        ("10/05", "date_format"),
        ("05/10/23", "date_format"),
        ("2023/10/05", "date_format"),
        ("", "date_empty"),
        ("   ", "date_empty"),
        ("01/01/1900", "date_range"),
        ("2200-01-01", "date_range"),
    ],
)
def test_impossible_dates_are_refused_with_the_reason(text: str, key: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_date(text)
    assert caught.value.key == key


def test_dates_are_shown_day_first() -> None:
    assert format_date(date(2023, 10, 5)) == "05/10/2023"
    assert format_date(None) == ""
    assert format_date(None, "—") == "—"


DATE_LIKE = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*", fullmatch=True),
    st.from_regex(r"\d{4}-\d{1,2}-\d{1,2}", fullmatch=True),
)


@given(DATE_LIKE)
def test_any_typed_text_is_a_date_or_a_clear_refusal(text: str) -> None:
    try:
        parsed = parse_date(text)
    except UserError as error:
        assert error.key in {"date_empty", "date_format", "date_invalid", "date_range"}
    else:
        assert EARLIEST <= parsed <= LATEST


@given(st.dates(min_value=EARLIEST, max_value=LATEST))
def test_a_shown_date_reads_back_as_itself(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


def test_a_month_is_laid_out_in_monday_first_weeks() -> None:
    weeks = month_weeks(date(2023, 9, 1))
    # 01/09/2023 was a Friday
    assert weeks[0] == [
        None,
        None,
        None,
        None,
        date(2023, 9, 1),
        date(2023, 9, 2),
        date(2023, 9, 3),
    ]
    assert weeks[-1] == [date(2023, 9, 25 + n) for n in range(6)] + [None]
    assert sum(day is not None for week in weeks for day in week) == 30
