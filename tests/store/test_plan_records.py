"""Changes to the plan's own record (its team, its procedure results) go through the store's
one checked write: the fields seen are checked under the lock, the change is recorded with
who and when, undo reverts it, and the file stays sound."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cchc_tui.core.errors import ConflictError, RuleError
from cchc_tui.core.history import describe_entry
from cchc_tui.core.model import Role, TthcFigures
from cchc_tui.core.team import add_member, assign, find_member, set_decision
from cchc_tui.core.tthc import set_tthc
from cchc_tui.store import Store
from tests.store.tools import other_user

SEPT_25 = date(2023, 9, 25)


def test_a_team_change_is_recorded_on_the_plan_and_in_the_history(store: Store) -> None:
    snapshot = store.load()
    after = store.apply(add_member(snapshot.records.team, "Nguyễn Văn An", Role.LEADER, "Nội vụ"))
    (member,) = after.records.team.members
    assert (member.name, member.role, member.office) == ("Nguyễn Văn An", Role.LEADER, "Nội vụ")
    assert after.units is snapshot.units  # the units were not rebuilt
    stored = json.loads(store.path.read_bytes())["plans"]["1"]
    assert stored["team_members"] == {
        "nguyen-van-an": {"name": "Nguyễn Văn An", "role": "truong-doan", "office": "Nội vụ"}
    }
    (entry,) = store.history()
    assert (entry.unit, entry.action, entry.who) == (None, "team_add", "tester")
    assert describe_entry(entry, after, "vi") == (
        "",
        "thêm thành viên Đoàn: — → Nguyễn Văn An (Trưởng đoàn)",
    )
    assert store.check() == (1, 28, 1)


def test_two_people_changing_the_same_assignment_conflict(store: Store) -> None:
    team = store.apply(add_member(store.load().records.team, "An", Role.MEMBER)).records.team
    team = store.apply(add_member(team, "Bình", Role.MEMBER)).records.team
    seen = store.load()
    hong_khe = seen.find("hong khe")
    lan = other_user(store)
    lan.apply(assign(team, find_member(team, "an"), [hong_khe]))
    with pytest.raises(ConflictError) as conflict:
        store.apply(assign(seen.records.team, find_member(team, "binh"), [hong_khe]))
    assert conflict.value.params["who"] == "lan"
    assert conflict.value.params["unit"] == "96/KH-UBND"
    # another unit's assignment is another field: no conflict
    other = store.apply(
        assign(seen.records.team, find_member(team, "binh"), [seen.find("tan hong")])
    )
    assert [m.name for m in other.records.team.of_unit(hong_khe.key)] == ["An"]


def test_undo_reverts_a_plan_change_and_refuses_to_orphan_an_assignment(store: Store) -> None:
    team = store.apply(add_member(store.load().records.team, "An", Role.MEMBER)).records.team
    lan = other_user(store)
    seen = lan.load()
    lan.apply(assign(team, find_member(team, "an"), [seen.find("hong khe")]))
    with pytest.raises(RuleError) as refused:
        store.undo()  # taking An back would leave Hồng Khê assigned to nobody on the team
    assert refused.value.key == "undo_order"
    lan.undo()
    entry, after = store.undo()
    assert entry.action == "team_add" and after.records.team.members == ()
    assert [e.action for e in store.history()] == ["team_add", "team_assign", "undo", "undo"]


def test_the_issuing_bodys_results_and_a_units_go_through_the_same_write(store: Store) -> None:
    seed = TthcFigures("Đến tháng 04/2024", 11429, 11273, 4, on=date(2024, 4, 14))
    today = date(2024, 4, 15)
    snapshot = store.apply(set_tthc(None, (), seed, today))
    assert snapshot.records.tthc == (seed,)
    unit = snapshot.find("vinh hung")
    figures = TthcFigures("Quý I/2024", 120, 118, 1, pending=1)
    snapshot = store.apply(set_tthc(unit, unit.tthc, figures, today))
    assert snapshot.find("vinh hung").tthc == (figures,)
    assert [(e.unit, e.action) for e in store.history()] == [
        (None, "tthc"),
        ("xa-vinh-hung", "tthc"),
    ]
    store.undo()
    store.undo()
    assert store.load().records.tthc == () and store.load().find("vinh hung").tthc == ()


def test_a_decision_survives_a_reload_from_another_process(store: Store) -> None:
    snapshot = store.load()
    store.apply(set_decision(snapshot.plan, snapshot.records.team, "215/QĐ-UBND", SEPT_25, SEPT_25))
    decision = other_user(store).load().records.team.decision
    assert decision is not None and (decision.number, decision.on) == ("215/QĐ-UBND", SEPT_25)
