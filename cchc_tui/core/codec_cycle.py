"""The stored shape of the inspection cycle's records (issue 12): an item's evidence, a unit's
shortcomings, procedure results (TTHC) by period, and the team kept in the plan's record
(``team_decision``, ``team_members.<id>``, ``team_units.<unit key>``, ``tthc.<period>``).

Pure, like ``codec``, whose reference reading of a unit reads its parts through here (a
load reads them with ``codec_units`` unless it refuses a record): a malformed value raises
``TypeError`` or ``ValueError`` and the unit's slow check (``codec``) then names the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cchc_tui.core.codec_fields import (
    coded,
    count,
    is_count,
    is_text_list,
    iso_day,
    optional_text,
    typed,
)
from cchc_tui.core.dates import to_iso
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.model import (
    Decision,
    Evidence,
    ItemResult,
    Member,
    PlanRecords,
    Role,
    Team,
    TthcFigures,
    Verdict,
)
from cchc_tui.core.text import slug

_from_iso = date.fromisoformat


# --- a unit's ---------------------------------------------------------------------------
# The reference reading (``codec.unit_from_dict``): lenient, naming the field that is wrong.

_VERDICTS: dict[Any, Verdict | None] = {None: None, **{str(v): v for v in Verdict}}


def items_from_dict(raw: Mapping[str, Any]) -> dict[str, ItemResult]:
    """A unit's checklist results as stored (``{"verdict", "note"}``, with "evidence" and
    "missing" only when recorded), read leniently: a blank value may be null, as files
    written by hand or by older versions have it."""
    items = {}
    for item_id, result in raw.items():
        if result is None:
            continue
        get = result.get
        verdict = _VERDICTS[get("verdict")]
        note, missing = get("note") or "", get("missing") or ""
        if not (type(note) is str and type(missing) is str):
            raise TypeError(result)
        items[item_id] = ItemResult(verdict, note, evidence_of(get("evidence") or ()), missing)
    return items


def evidence_of(pieces: Any) -> tuple[Evidence, ...]:
    """An item's stored evidence; ``TypeError`` or ``ValueError`` when a piece is not one."""
    found = []
    for piece in pieces:
        get = piece.get
        ref, on, text, link = get("ref") or "", get("on"), get("text") or "", get("link") or ""
        if not (type(ref) is str and type(text) is str and type(link) is str):
            raise TypeError(piece)
        found.append(Evidence(ref, None if on is None else _from_iso(on), text, link))
    return tuple(found)


def evidence_to_dict(piece: Evidence) -> dict[str, str]:
    """The parts of a piece of evidence that are set."""
    record = {"ref": piece.ref, "on": to_iso(piece.on), "text": piece.text, "link": piece.link}
    return {name: value for name, value in record.items() if value}


def item_to_dict(result: ItemResult) -> dict[str, Any]:
    """An item's result as stored; evidence and its missing reason only when recorded."""
    record: dict[str, Any] = {
        "verdict": str(result.verdict) if result.verdict else None,
        "note": result.note,
    }
    if result.evidence:
        record["evidence"] = [evidence_to_dict(piece) for piece in result.evidence]
    if result.missing:
        record["missing"] = result.missing
    return record


def issues_from(raw: Any) -> tuple[str, ...]:
    if not is_text_list(raw):
        raise TypeError(raw)
    return tuple(raw)


def evidence_problem(evidence: Any, where: str) -> None:
    """``FieldProblem`` naming an item's evidence when it cannot be read."""
    try:
        evidence_of(evidence or ())
    except (TypeError, ValueError, AttributeError):
        raise FieldProblem(f"{where}.evidence") from None


def issues_problem(issues: Any) -> None:
    try:
        if issues:
            issues_from(issues)
    except TypeError:
        raise FieldProblem("issues") from None


# --- procedure results ------------------------------------------------------------------


def tthc_from_dict(raw: Any) -> tuple[TthcFigures, ...]:
    """Procedure results by period, as stored: ``{period key: {period, received, …}}``.

    Read in one pass; anything that pass rejects is walked again field by field to name
    what is wrong."""
    try:
        return tuple([_figures_unchecked(record) for record in raw.values()])
    except (AttributeError, TypeError, ValueError):
        raise _tthc_problem(raw) from None


def _figures_unchecked(record: Mapping[str, Any]) -> TthcFigures:
    get = record.get
    period, on = get("period"), get("on")
    received, on_time, late = get("received"), get("on_time"), get("late")
    pending, online = get("pending"), get("online")
    if not (
        type(period) is str
        and is_count(received)
        and is_count(on_time)
        and is_count(late)
        and (pending is None or is_count(pending))
        and (online is None or is_count(online))
    ):
        raise ValueError(record)
    return TthcFigures(
        period, received, on_time, late, pending, online, None if on is None else _from_iso(on)
    )


def _tthc_problem(raw: Any) -> FieldProblem:
    """The first field of stored procedure results that ``_figures_unchecked`` cannot take."""
    if not isinstance(raw, dict):
        return FieldProblem("tthc")
    for key, record in raw.items():
        if not isinstance(record, dict):
            return FieldProblem(f"tthc.{key}")
        try:
            iso_day(record, "on")
            typed(record, "period", str)
            for name in ("received", "on_time", "late"):
                count(record, name)
            for name in ("pending", "online"):
                count(record, name, required=False)
        except FieldProblem as problem:
            return FieldProblem(f"tthc.{key}.{problem.field}")
    return FieldProblem("tthc")


def tthc_to_dict(figures: TthcFigures) -> dict[str, Any]:
    record: dict[str, Any] = {
        "period": figures.period,
        "received": figures.received,
        "on_time": figures.on_time,
        "late": figures.late,
    }
    for name in ("pending", "online"):
        if (value := getattr(figures, name)) is not None:
            record[name] = value
    if figures.on is not None:
        record["on"] = figures.on.isoformat()
    return record


def tthc_key(period: str) -> str:
    """The stored key of a period: the same period typed with or without diacritics,
    capitals or extra spaces is the same entry."""
    return slug(period) or "-"


# --- the team, in the plan's record -----------------------------------------------------


def _decision(raw: Any) -> Decision | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise FieldProblem("team_decision")
    try:
        number = typed(raw, "number", str)
        return Decision(number, iso_day(raw, "on", required=True))  # type: ignore[arg-type]
    except FieldProblem as problem:
        raise FieldProblem(f"team_decision.{problem.field}") from None


def _member(member_id: str, raw: Any) -> Member:
    where = f"team_members.{member_id}"
    if not isinstance(raw, dict):
        raise FieldProblem(where)
    try:
        office = optional_text(raw, "office") or ""
        return Member(member_id, typed(raw, "name", str), coded(raw, "role", Role), office)
    except FieldProblem as problem:
        raise FieldProblem(f"{where}.{problem.field}") from None


def records_from_dict(record: Mapping[str, Any]) -> PlanRecords:
    """The team and the issuing body's procedure results, kept in the plan's record."""
    members_raw = record.get("team_members") or {}
    assignments_raw = record.get("team_units") or {}
    if not isinstance(members_raw, dict):
        raise FieldProblem("team_members")
    if not isinstance(assignments_raw, dict):
        raise FieldProblem("team_units")
    members = tuple(_member(member_id, raw) for member_id, raw in members_raw.items())
    assignments = {}
    for unit_key, ids in assignments_raw.items():
        if not is_text_list(ids):
            raise FieldProblem(f"team_units.{unit_key}")
        assignments[unit_key] = tuple(ids)
    tthc = tthc_from_dict(record["tthc"]) if record.get("tthc") else ()
    team = Team(_decision(record.get("team_decision")), members, assignments)
    return PlanRecords(team, tthc)


def member_to_dict(member: Member) -> dict[str, str]:
    record = {"name": member.name, "role": str(member.role)}
    if member.office:
        record["office"] = member.office
    return record


def decision_to_dict(decision: Decision) -> dict[str, str]:
    return {"number": decision.number, "on": decision.on.isoformat()}


def records_to_dict(records: PlanRecords) -> dict[str, Any]:
    """The parts of the plan's record that hold ``records``; none when nothing is recorded."""
    team = records.team
    stored: dict[str, Any] = {}
    if team.decision is not None:
        stored["team_decision"] = decision_to_dict(team.decision)
    if team.members:
        stored["team_members"] = {member.id: member_to_dict(member) for member in team.members}
    if team.assignments:
        stored["team_units"] = {key: list(ids) for key, ids in team.assignments.items() if ids}
    if records.tthc:
        stored["tthc"] = {tthc_key(f.period): tthc_to_dict(f) for f in records.tthc}
    return stored
