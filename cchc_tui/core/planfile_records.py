"""The parts of a plan file that record the inspection cycle beyond a unit's steps: the team
(``[team]``, ``[[team.members]]``), procedure results (``[[tthc]]`` for the issuing body,
``[[units.tthc]]`` for a unit), a unit's shortcomings (``issues``) and an item's evidence
(``evidence = [{ ref, on, text, link }]``, ``missing``). Read with the line at fault,
written back the same way by ``export``.

    [team]
    decision = "215/QĐ-UBND"
    decision_on = 2023-09-20

    [[team.members]]
    name = "Nguyễn Văn An"
    role = "truong-doan"
    office = "Phòng Nội vụ"
    units = ["Hồng Khê", "Kinh tế - Hạ tầng"]   # names (as the CLI finds them) or keys
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cchc_tui.core.choices import ROLES
from cchc_tui.core.codec_cycle import evidence_to_dict, tthc_key, tthc_to_dict
from cchc_tui.core.codec_fields import is_count, is_text_list
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import (
    TTHC_COUNTS,
    Decision,
    Evidence,
    Member,
    PlanRecords,
    Team,
    TthcFigures,
    Unit,
)
from cchc_tui.core.planfile_check import Locator, is_day
from cchc_tui.core.team import units_by_member
from cchc_tui.core.text import clean_text, fold, slug

Fail = Callable[[str, str | None], UserError]


def _text(value: Any) -> str:
    return clean_text(value, multiline=False)


# --- reading ---------------------------------------------------------------------------


def read_tthc(raw: Any, fail: Fail, field: str = "tthc") -> tuple[TthcFigures, ...]:
    """``[[tthc]]`` tables: period, received, on_time, late, and optionally pending, online,
    on (the day taken)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail(field, "[[tthc]]")
    figures = []
    seen = set()
    for record in raw:
        if not isinstance(record, dict):
            raise fail(field, "[[tthc]]")
        period = record.get("period")
        if not isinstance(period, str) or not _text(period):
            raise fail(f"{field}.period", "text")
        counts = {}
        for name in TTHC_COUNTS:
            value = record.get(name)
            required = name in TTHC_COUNTS[:3]
            if (value is None and required) or not (value is None or is_count(value)):
                raise fail(f"{field}.{name}", "int ≥ 0")
            counts[name] = value
        on = record.get("on")
        if on is not None and not is_day(on):
            raise fail(f"{field}.on", "YYYY-MM-DD")
        key = tthc_key(period)  # the store's key: the same period twice would be one entry
        if key in seen:
            raise UserError("plan_file_twice", what=_text(period))
        seen.add(key)
        figures.append(TthcFigures(_text(period), **counts, on=on))
    return tuple(figures)


def read_unit_extras(record: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """A unit's ``issues`` and ``tthc``, as ``Unit`` fields."""
    issues = record.get("issues") or []
    if not is_text_list(issues):
        raise fail("issues", '["…", …]')
    return {
        "issues": tuple(text for issue in issues if (text := _text(issue))),
        "tthc": read_tthc(record.get("tthc"), fail),
    }


def read_item_extras(result: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """An item's ``evidence`` (a list of ``{ ref, on, text, link }``) and ``missing``."""
    raw = result.get("evidence") or []
    if not isinstance(raw, list):
        raise fail("evidence", "[{ ref, on, text, link }]")
    evidence = []
    for piece in raw:
        if not isinstance(piece, dict) or set(piece) - {"ref", "on", "text", "link"}:
            raise fail("evidence", "{ ref, on, text, link }")
        texts = {name: piece.get(name) or "" for name in ("ref", "text", "link")}
        on = piece.get("on")
        if not all(isinstance(value, str) for value in texts.values()):
            raise fail("evidence", "{ ref, on, text, link }")
        if on is not None and not is_day(on):
            raise fail("evidence.on", "YYYY-MM-DD")
        evidence.append(Evidence(**{name: _text(value) for name, value in texts.items()}, on=on))
    missing = result.get("missing") or ""
    if not isinstance(missing, str):
        raise fail("missing", "text")
    return {"evidence": tuple(evidence), "missing": clean_text(missing)}


def read_records(raw: Mapping[str, Any], units: tuple[Unit, ...], locate: Locator) -> PlanRecords:
    """The plan's ``[team]`` and ``[[tthc]]``; a member's units by name or key."""

    def failing(table: str, index: int = 0) -> Fail:
        def fail(field: str, expected: str | None) -> UserError:
            problem = ("type", ("expected", expected)) if expected else ("missing",)
            where = f"[{table}]" if table == "team" else f"[[{table}]] #{index + 1}"
            line = locate.line(table, index, field.rpartition(".")[2])
            return locate.error(where, field, problem, line)

        return fail

    tthc = read_tthc(raw.get("tthc"), failing("tthc"))
    section = raw.get("team")
    if section is None:
        return PlanRecords(Team(), tthc)
    if not isinstance(section, dict):
        raise failing("team")("team", "[team]")
    decision = None
    if "decision" in section or "decision_on" in section:
        number, on = section.get("decision"), section.get("decision_on")
        if not isinstance(number, str) or not _text(number):
            raise failing("team")("decision", "text")
        if not is_day(on):
            raise failing("team")("decision_on", "YYYY-MM-DD")
        decision = Decision(_text(number), on)
    members_raw = section.get("members") or []
    if not isinstance(members_raw, list):
        raise failing("team")("members", "[[team.members]]")
    by_name = _unit_lookup(units)
    members: list[Member] = []
    assignments: dict[str, list[str]] = {}
    for index, record in enumerate(members_raw):
        fail = failing("team.members", index)
        member = _read_member(record, fail)
        if any(other.id == member.id for other in members):
            raise UserError("plan_file_twice", what=member.name)
        members.append(member)
        for name in record.get("units") or []:
            unit_key = by_name.get(fold(name)) if isinstance(name, str) else None
            if unit_key is None:
                raise fail("units", "[tên đơn vị, …]")
            assignments.setdefault(unit_key, []).append(member.id)
    team = Team(decision, tuple(members), {k: tuple(v) for k, v in assignments.items()})
    return PlanRecords(team, tthc)


def _read_member(record: Any, fail: Fail) -> Member:
    if not isinstance(record, dict):
        raise fail("members", "{ name, role, office, units }")
    name, role, office = record.get("name"), record.get("role"), record.get("office") or ""
    if not isinstance(name, str) or not _text(name):
        raise fail("name", "text")
    found = ROLES.get(fold(role)) if isinstance(role, str) else None
    if found is None:
        raise fail("role", "truong-doan | pho-doan | thanh-vien | thu-ky")
    if not isinstance(office, str):
        raise fail("office", "text")
    units = record.get("units") or []
    if not isinstance(units, list):
        raise fail("units", '["…", …]')
    return Member(slug(_text(name)), _text(name), found, _text(office))


def _unit_lookup(units: tuple[Unit, ...]) -> dict[str, str]:
    """Unit keys by folded key, name and title."""
    found: dict[str, str] = {}
    for unit in units:
        for said in (unit.key, unit.name, unit.title):
            if said:
                found.setdefault(fold(said), unit.key)
    return found


# --- writing ---------------------------------------------------------------------------


def tthc_records(figures: tuple[TthcFigures, ...]) -> list[dict[str, Any]]:
    """As stored, with TOML's own dates."""
    return [tthc_to_dict(one) | ({"on": one.on} if one.on else {}) for one in figures]


def unit_extras_record(unit: Unit) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if unit.issues:
        record["issues"] = list(unit.issues)
    if unit.tthc:
        record["tthc"] = tthc_records(unit.tthc)
    return record


def item_extras_record(evidence: tuple[Evidence, ...], missing: str) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if evidence:
        record["evidence"] = [
            evidence_to_dict(piece) | ({"on": piece.on} if piece.on else {}) for piece in evidence
        ]
    if missing:
        record["missing"] = missing
    return record


def records_document(records: PlanRecords, units: tuple[Unit, ...] | list[Unit]) -> dict[str, Any]:
    """``[team]`` and ``[[tthc]]`` for the plan file; none of either when nothing is recorded."""
    document: dict[str, Any] = {}
    team = records.team
    section: dict[str, Any] = {}
    if team.decision is not None:
        section["decision"] = team.decision.number
        section["decision_on"] = team.decision.on
    if team.members:
        theirs = units_by_member(team, units)
        section["members"] = [
            {
                "name": member.name,
                "role": str(member.role),
                **({"office": member.office} if member.office else {}),
                "units": [unit.key for unit in theirs[member.id]],
            }
            for member in team.members
        ]
    if section:
        document["team"] = section
    if records.tthc:
        document["tthc"] = tthc_records(records.tthc)
    return document
