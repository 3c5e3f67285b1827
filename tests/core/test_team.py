"""The inspection team: members and roles, the decision, who goes where, and who is due at
two units on one day."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.codec import write_field
from cchc_tui.core.codec_cycle import records_from_dict
from cchc_tui.core.errors import RuleError, UserError
from cchc_tui.core.model import Plan, Role, Team, Unit
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.team import (
    add_member,
    assign,
    clashes_if,
    duties,
    find_member,
    remove_member,
    set_decision,
    team_clashes,
    team_lines,
    unassign,
)
from cchc_tui.core.workflow import Change
from tests.core.progress import unit_named

D = date(2023, 10, 5)
SEPT_25 = date(2023, 9, 25)


def applied(team: Team, change: Change) -> Team:
    """The team after ``change``, through the plan record's stored fields."""
    assert change.unit is None
    record: dict[str, object] = {}
    for member in team.members:
        write_field(record, f"team_members.{member.id}", {"name": member.name, "role": member.role})
    for key, ids in team.assignments.items():
        write_field(record, f"team_units.{key}", list(ids))
    for edit in change.edits:
        write_field(record, edit.field, edit.new)
    return records_from_dict(record).team


@pytest.fixture
def team() -> Team:
    team = Team()
    for name, role in (
        ("Nguyễn Văn An", Role.LEADER),
        ("Trần Thị Bình", Role.SECRETARY),
        ("Lê Văn Cường", Role.MEMBER),
    ):
        team = applied(team, add_member(team, name, role, "Phòng Nội vụ"))
    return team


def on_day(sample: PlanFile, name: str, day: date | None) -> Unit:
    return replace(unit_named(sample, name), inspection_date=day)


def test_members_are_found_by_name_without_diacritics_or_by_a_part(team: Team) -> None:
    assert find_member(team, "nguyen van an").name == "Nguyễn Văn An"
    assert find_member(team, "Bình").name == "Trần Thị Bình"
    assert find_member(team, "cuong").role is Role.MEMBER
    with pytest.raises(UserError) as unknown:
        find_member(team, "Hoa")
    assert unknown.value.key == "member_unknown"
    assert "Nguyễn Văn An" in unknown.value.params["members"]


def test_a_team_has_one_leader_and_adding_a_member_again_changes_their_role(team: Team) -> None:
    with pytest.raises(RuleError) as second:
        add_member(team, "Phạm Thị Hoa", Role.LEADER)
    assert second.value.params["leader"] == "Nguyễn Văn An"
    change = add_member(team, "tran thi binh", Role.DEPUTY, "Phòng Tư pháp")
    assert change.action == "team_edit"
    changed = applied(team, change)
    binh = find_member(changed, "binh")
    assert (binh.name, binh.role, binh.office) == ("Trần Thị Bình", Role.DEPUTY, "Phòng Tư pháp")


def test_the_decision_cannot_predate_the_plan_or_today(sample: PlanFile, team: Team) -> None:
    plan: Plan = sample.plan
    change = set_decision(plan, team, "số 215/QĐ-UBND", date(2023, 9, 20), SEPT_25)
    assert change.edits[0].new == {"number": "215/QĐ-UBND", "on": "2023-09-20"}
    for day, key in ((date(2023, 9, 1), "rule.date_before_issue"), (D, "rule.in_future")):
        with pytest.raises(RuleError) as refused:
            set_decision(plan, team, "215/QĐ-UBND", day, SEPT_25)
        assert refused.value.key == key


def test_a_member_due_at_two_units_on_one_day_is_a_clash(sample: PlanFile, team: Team) -> None:
    hong_khe = on_day(sample, "Xã Hồng Khê", D)
    kinh_te = on_day(sample, "Phòng Kinh tế - Hạ tầng", D)
    tan_hong = on_day(sample, "Xã Tân Hồng", date(2023, 10, 6))
    an, binh = find_member(team, "an"), find_member(team, "binh")
    team = applied(team, assign(team, an, [hong_khe, kinh_te]))
    team = applied(team, assign(team, binh, [tan_hong, hong_khe]))
    units = [hong_khe, kinh_te, tan_hong]
    assert [(d.member.name, d.unit.display_name, d.day) for d in duties(team, units)] == [
        ("Nguyễn Văn An", "Xã Hồng Khê", D),
        ("Nguyễn Văn An", "Phòng Kinh tế - Hạ tầng", D),
        ("Trần Thị Bình", "Xã Hồng Khê", D),
        ("Trần Thị Bình", "Xã Tân Hồng", date(2023, 10, 6)),
    ]
    (clash,) = team_clashes(team, units)
    assert (clash.member.name, clash.day) == ("Nguyễn Văn An", D)
    assert [unit.display_name for unit in clash.units] == ["Xã Hồng Khê", "Phòng Kinh tế - Hạ tầng"]
    # moving Tân Hồng onto 05/10 would put Bình in two places too (An does not go there)
    assert [c.member.name for c in clashes_if(team, units, tan_hong, D)] == ["Trần Thị Bình"]
    lines = team_lines(team, units, "vi")
    assert lines[-1] == (
        "- Nguyễn Văn An được phân công kiểm tra 2 đơn vị cùng ngày 05/10/2023: "
        "Xã Hồng Khê, Phòng Kinh tế - Hạ tầng."
    )


def test_removing_a_member_takes_them_off_their_units_in_one_change(
    sample: PlanFile, team: Team
) -> None:
    hong_khe = on_day(sample, "Xã Hồng Khê", D)
    an = find_member(team, "an")
    team = applied(team, assign(team, an, [hong_khe]))
    with pytest.raises(RuleError):
        assign(team, an, [hong_khe])
    change = remove_member(team, an)
    assert [edit.field for edit in change.edits] == [
        "team_members.nguyen-van-an",
        "team_units.xa-hong-khe",
    ]
    after = applied(team, change)
    assert after.member("nguyen-van-an") is None and after.of_unit(hong_khe.key) == ()
    with pytest.raises(RuleError):
        unassign(after, find_member(after, "binh"), [hong_khe])
