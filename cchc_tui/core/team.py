"""The inspection team (Đoàn kiểm tra): the decision that set it up, its members, who goes to
which unit, and who is due where on which day.

The team is the plan's own record, not a unit's: its changes are ``Change(None, …)``,
edits of the plan's record (``team_decision``, ``team_members.<id>``,
``team_units.<unit key>``), checked, recorded and undone like every other change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from msgspec import Struct
from msgspec.structs import replace

from cchc_tui.core.codec_cycle import decision_to_dict, member_to_dict
from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.errors import AlreadySo, RuleError, UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Decision, Member, Plan, Role, Team, Unit
from cchc_tui.core.text import fold, one_line, required_line, slug
from cchc_tui.core.workflow import Change, Edit, check_after_issue, check_not_future

NAME_LIMIT = 200


class Duty(Struct, frozen=True):
    """A member due at a unit on a day: the inspection's day (the actual one once done)."""

    member: Member
    unit: Unit
    day: date


class TeamClash(Struct, frozen=True):
    """A member due at two or more units on one day."""

    member: Member
    day: date
    units: tuple[Unit, ...]


def duties(team: Team, units: Iterable[Unit]) -> list[Duty]:
    """Who of the team is due where on which day, by day then member: the one function the
    clash warnings, the team list and the timeline read."""
    found = []
    for unit in units:
        day = unit.inspection_day
        assigned = team.assignments.get(unit.key)
        if day is None or not assigned:
            continue
        found.extend(Duty(member, unit, day) for member in team.members if member.id in assigned)
    order = {member.id: n for n, member in enumerate(team.members)}
    return sorted(found, key=lambda duty: (duty.day, order[duty.member.id]))  # units in order


def team_clashes(team: Team, units: Iterable[Unit]) -> list[TeamClash]:
    """Each member due at more than one unit on the same day."""
    by_day: dict[tuple[str, date], list[Duty]] = defaultdict(list)
    for duty in duties(team, units):
        by_day[duty.member.id, duty.day].append(duty)
    return [
        TeamClash(same[0].member, same[0].day, tuple(duty.unit for duty in same))
        for same in by_day.values()
        if len(same) > 1
    ]


def clashes_if(team: Team, units: Iterable[Unit], unit: Unit, day: date) -> list[TeamClash]:
    """The clashes ``unit``'s team would have if it were inspected on ``day``: a key press
    in the date dialog, so only the units due that day are looked at."""
    assigned = team.assignments.get(unit.key, ())
    members = [member for member in team.members if member.id in assigned]
    if not members:
        return []
    scheduled = replace(unit, inspection_date=day, inspected_on=None)
    same_day = [  # plan order
        scheduled if other.key == unit.key else other
        for other in units
        if other.key == unit.key or other.inspection_day == day
    ]
    if scheduled not in same_day:
        return []
    clashes = []
    for member in members:
        theirs = tuple(
            other for other in same_day if member.id in team.assignments.get(other.key, ())
        )
        if len(theirs) > 1:
            clashes.append(TeamClash(member, day, theirs))
    return clashes


def records_problem(team: Team) -> str | None:
    """The first assignment that names no member of the team, or None."""
    ids = {member.id for member in team.members}
    for unit_key, assigned in team.assignments.items():
        if any(member_id not in ids for member_id in assigned):
            return f"team_units.{unit_key}"
    return None


# --- finding ---------------------------------------------------------------------------


def find_member(team: Team, query: str) -> Member:
    """A member by name, with or without diacritics, or by a part of it found once."""
    wanted = fold(query)
    for matcher in (
        lambda member: fold(member.name) == wanted,
        lambda member: fold(member.name).startswith(wanted),
        lambda member: f" {wanted}" in f" {fold(member.name)}",
    ):
        found = [member for member in team.members if matcher(member)] if wanted else []
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(one_line(member.name) for member in found)
            raise UserError("member_ambiguous", query=query, candidates=names)
    names = ", ".join(one_line(member.name) for member in team.members)
    raise UserError("member_unknown", query=query, members=names or "—")


# --- changes ---------------------------------------------------------------------------


def add_member(team: Team, name: str, role: Role, office: str = "") -> Change:
    """Add a member, or change the role and office of the member of that name."""
    cleaned = required_line(name, "member_name_empty", NAME_LIMIT)
    office = one_line(office)[:NAME_LIMIT]
    member_id = slug(cleaned)
    current = team.member(member_id)
    if role is Role.LEADER:
        leader = next((m for m in team.members if m.role is Role.LEADER), None)
        if leader is not None and leader.id != member_id:
            raise RuleError("team.one_leader", leader=one_line(leader.name))
    new = Member(member_id, current.name if current else cleaned, role, office)
    if current == new:
        raise AlreadySo("rule.same_value", unit=cleaned)
    edit = Edit(
        f"team_members.{member_id}",
        member_to_dict(current) if current else None,
        member_to_dict(new),
    )
    args = {"name": new.name, "role": str(role)}
    return Change(None, "team_add" if current is None else "team_edit", (edit,), args)


def remove_member(team: Team, member: Member) -> Change:
    """Take a member off the team, and off every unit they were to inspect."""
    edits = [
        Edit(f"team_members.{member.id}", member_to_dict(member), None),
        *_reassigned(team, member, team.assignments, add=False),
    ]
    return Change(None, "team_remove", tuple(edits), {"name": member.name})


def set_decision(plan: Plan, team: Team, number: str, on: date, today: date) -> Change:
    """Record the decision that set the team up: "Quyết định số 215/QĐ-UBND" of ``on``."""
    cleaned = required_line(number, "decision_number_empty", NAME_LIMIT).removeprefix("số ").strip()
    check_after_issue(plan, on)
    check_not_future(on, today)
    new = Decision(cleaned, on)
    if team.decision == new:
        raise AlreadySo("rule.same_value", unit=cleaned)
    old = decision_to_dict(team.decision) if team.decision else None
    edit = Edit("team_decision", old, decision_to_dict(new))
    return Change(None, "team_decision", (edit,), {"number": cleaned, "date": to_iso(on)})


def assign(team: Team, member: Member, units: Sequence[Unit]) -> Change:
    """Send ``member`` to inspect ``units`` (one change, one undo)."""
    return _assignment(team, member, units, add=True)


def unassign(team: Team, member: Member, units: Sequence[Unit]) -> Change:
    """Take ``member`` off ``units``."""
    return _assignment(team, member, units, add=False)


def _assignment(team: Team, member: Member, units: Sequence[Unit], *, add: bool) -> Change:
    edits = _reassigned(team, member, dict.fromkeys(unit.key for unit in units), add=add)
    if not edits:
        refusal = "team.already_assigned" if add else "team.not_assigned"
        raise RuleError(refusal, member=one_line(member.name), unit=units_text(units))
    keys = [edit.field.partition(".")[2] for edit in edits]
    action = "team_assign" if add else "team_unassign"
    return Change(None, action, tuple(edits), {"name": member.name, "units": keys})


def _reassigned(team: Team, member: Member, unit_keys: Iterable[str], *, add: bool) -> list[Edit]:
    """The edits putting ``member`` on (``add``) or off each of ``unit_keys`` not so yet."""
    edits = []
    for unit_key in unit_keys:
        assigned = team.assignments.get(unit_key, ())
        if (member.id in assigned) is add:
            continue
        new = [*assigned, member.id] if add else [one for one in assigned if one != member.id]
        edits.append(Edit(f"team_units.{unit_key}", list(assigned) or None, new or None))
    return edits


def units_text(units: Iterable[Unit]) -> str:
    """ "Phòng Y tế, Xã Hồng Khê": the units' names, each on one line."""
    return ", ".join(one_line(unit.display_name) for unit in units)


# --- in words --------------------------------------------------------------------------


def role_word(role: Role, lang: Lang) -> str:
    return t(f"role.{role}", lang)


def decision_text(team: Team, lang: Lang) -> str:
    """ "Thành lập theo Quyết định số 215/QĐ-UBND ngày 20/09/2023", or that none is recorded."""
    if team.decision is None:
        return t("team.no_decision", lang)
    number = one_line(team.decision.number)
    return t("team.decision", lang, number=number, date=format_date(team.decision.on))


def member_text(member: Member, lang: Lang) -> str:
    """ "Nguyễn Văn An — Trưởng đoàn, Phòng Nội vụ"."""
    office = f", {one_line(member.office)}" if member.office else ""
    return t(
        "team.member_line",
        lang,
        name=one_line(member.name),
        role=role_word(member.role, lang),
        office=office,
    )


def inspectors_text(team: Team, unit_key: str) -> str:
    """The names of a unit's inspectors, highest role first: "Nguyễn Văn An, Lê Thị Hoa"."""
    return ", ".join(one_line(member.name) for member in team.of_unit(unit_key))


def schedule_clash_texts(
    team: Team, units: Iterable[Unit], unit: Unit, day: date, lang: Lang
) -> list[str]:
    """What scheduling ``unit`` on ``day`` would put a member of its team in two places,
    said as the scheduling warnings are (never a refusal)."""
    return [clash_text(clash, lang) for clash in clashes_if(team, units, unit, day)]


def clash_text(clash: TeamClash, lang: Lang) -> str:
    return t(
        "team.clash",
        lang,
        member=one_line(clash.member.name),
        count=len(clash.units),
        date=format_date(clash.day),
        units=units_text(clash.units),
    )


def units_by_member(team: Team, units: Iterable[Unit]) -> dict[str, list[Unit]]:
    """The units each member inspects, by member id, in the plan's order: one pass over it."""
    found: dict[str, list[Unit]] = {member.id: [] for member in team.members}
    for unit in units:
        assigned = team.assignments.get(unit.key)
        if assigned:
            for member in team.members:
                if member.id in assigned:
                    found[member.id].append(unit)
    return found


def units_visits_text(theirs: Iterable[Unit], names: Mapping[str, str] | None = None) -> str:
    """ "Phòng Kinh tế - Hạ tầng (05/10/2023), Xã Hồng Khê": a member's units, and when once
    the day is set; ``names`` are the units' names already cleaned, when at hand."""
    return ", ".join(
        (names[unit.key] if names else one_line(unit.display_name))
        + (f" ({format_date(day)})" if (day := unit.inspection_day) else "")
        for unit in theirs
    )


def team_lines(team: Team, units: Sequence[Unit], lang: Lang) -> list[str]:
    """The team as a list: its decision, each member with the units (and days) they go
    to, then who is due at two units on one day."""
    lines = [f"{t('team.heading', lang)} — {decision_text(team, lang)}"]
    if not team.members:
        return [*lines, t("team.empty", lang)]
    theirs = units_by_member(team, units)
    for number, member in enumerate(team.ranked(), 1):
        visits = units_visits_text(theirs[member.id])
        where = t("team.units", lang, units=visits) if visits else t("team.no_units", lang)
        lines.append(f"{number}. {member_text(member, lang)} — {where}")
    clashes = team_clashes(team, units)
    if clashes:
        lines.append(f"{t('team.clashes', lang)}:")
        lines.extend(f"- {clash_text(clash, lang)}." for clash in clashes)
    return lines
