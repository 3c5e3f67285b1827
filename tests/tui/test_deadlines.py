"""The calendar's book of deadlines: kept unit by unit, always what core.workflow says."""

from __future__ import annotations

from datetime import date

from cchc_tui.core.deadlines import agenda
from cchc_tui.core.model import Step
from cchc_tui.core.workflow import mark, schedule
from cchc_tui.store import Store
from cchc_tui.tui.deadlines import (
    AGENDA_DAYS,
    MARK_DEADLINE,
    MARK_INSPECTION,
    MARK_OVERDUE,
    DeadlineBook,
)

TODAY = date(2023, 9, 25)


def test_after_a_change_the_book_matches_a_fresh_reading(store: Store) -> None:
    book = DeadlineBook()
    book.read(store.load(), TODAY)
    snapshot = store.load()
    store.apply(schedule(snapshot.plan, snapshot.find("hong khe"), date(2023, 10, 5)))
    snapshot = store.load()
    store.apply(schedule(snapshot.plan, snapshot.find("tan hong"), date(2023, 10, 2)))
    snapshot = store.load()
    store.apply(mark(snapshot.plan, snapshot.find("tan hong"), Step.NOTIFIED, TODAY, TODAY))
    snapshot = store.load()

    days, lines = book.read(snapshot, TODAY)

    assert lines == agenda(snapshot.plan, list(snapshot.units), TODAY, AGENDA_DAYS)
    fresh_days, fresh_lines = DeadlineBook().read(snapshot, TODAY)
    assert (days, lines) == (fresh_days, fresh_lines)
    on_inspection_day = [(e.mark, e.text("vi")) for e in days[date(2023, 10, 5)]]
    assert on_inspection_day == [
        (MARK_INSPECTION, "kiểm tra Xã Hồng Khê"),
        (MARK_DEADLINE, "Kiểm tra — Xã Hồng Khê"),
    ]
    assert days[date(2023, 9, 22)] == []  # Tân Hồng's notice was due then, and is done
    overdue = [e for events in days.values() for e in events if e.mark == MARK_OVERDUE]
    assert overdue == []
