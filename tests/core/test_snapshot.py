"""A snapshot after one change: the changed unit new, everything else as it was."""

from __future__ import annotations

from datetime import date

from msgspec.structs import replace

from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.snapshot import Snapshot


def test_replacing_one_unit_keeps_the_others_and_their_order(sample: PlanFile) -> None:
    before = Snapshot(sample.plan, sample.units, (sample.plan.number,), version="v1")
    hong_khe = before.find("hong khe")
    scheduled = replace(hong_khe, inspection_date=date(2023, 10, 5))

    after = before.replacing(scheduled, version="v2", last_change=7)

    assert after.unit(hong_khe.key).inspection_date == date(2023, 10, 5)
    assert after.find("hong khe") is scheduled
    assert [unit.key for unit in after.units] == [unit.key for unit in before.units]
    assert all(
        new is old
        for new, old in zip(after.units, before.units, strict=True)
        if old is not hong_khe
    )
    assert (after.version, after.last_change, after.plan) == ("v2", 7, before.plan)
    assert before.unit(hong_khe.key).inspection_date is None


def test_replacing_twice_keeps_both_changes(sample: PlanFile) -> None:
    first, second = sample.units[0], sample.units[-1]
    snapshot = Snapshot(sample.plan, sample.units, (sample.plan.number,))

    snapshot = snapshot.replacing(replace(first, title="A"), version=1, last_change=1)
    snapshot = snapshot.replacing(replace(second, title="B"), version=2, last_change=2)

    assert (snapshot.units[0].title, snapshot.units[-1].title) == ("A", "B")
    assert len(snapshot.units) == len(sample.units)
