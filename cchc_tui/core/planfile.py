"""The human-editable plan file (TOML): what `import` reads, `export` writes and the
sample plan ships as.

Errors name the line and the field, because the person fixing them has the file open
in an editor. Parsing is pure: callers pass the text in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as default_field
from datetime import date, datetime
from functools import partial
from typing import Any

from cchc_tui.core.codec import UNIT_DATE_FIELDS, FieldProblem
from cchc_tui.core.codec_plan import (
    LETTER_LISTS,
    kinds_from_dict,
    kinds_to_dict,
    letter_from_dict,
    plan_from_dict,
    plan_to_dict,
)
from cchc_tui.core.errors import UserError
from cchc_tui.core.kinds import kind_names, legacy_kinds
from cchc_tui.core.model import (
    Conclusion,
    ItemResult,
    Kind,
    Mode,
    Note,
    Plan,
    PlanRecords,
    Unit,
    UnitKind,
    Verdict,
)
from cchc_tui.core.planfile_check import DAY_LISTS, check_keys, check_plan_days, plan_days
from cchc_tui.core.planfile_check import Locator as _Locator
from cchc_tui.core.planfile_records import (
    item_extras_record,
    read_item_extras,
    read_records,
    read_unit_extras,
    records_document,
    unit_extras_record,
)
from cchc_tui.core.review import REVIEW_PARTS
from cchc_tui.core.text import clean_text, fold, slug
from cchc_tui.core.workflow import progress_problem


@dataclass(frozen=True, slots=True)
class PlanFile:
    plan: Plan
    units: tuple[Unit, ...]
    records: PlanRecords = default_field(default_factory=PlanRecords)  # team, body's TTHC


_MODE_NAMES = {
    "direct": Mode.DIRECT,
    "truc tiep": Mode.DIRECT,
    "kiem tra truc tiep": Mode.DIRECT,
    "self": Mode.SELF,
    "tu kiem tra": Mode.SELF,
}
_UNIT_DATES = UNIT_DATE_FIELDS
_PLAN_DATES = ("issued_on", "window_start", "window_end", "self_report_before")


def parse_plan_file(text: str, path: str = "plan.toml") -> PlanFile:
    """Read a plan file; ``UserError`` naming the line and field of the first problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise UserError(
            "plan_file_syntax", path=path, line=line, detail=str(exc).split(" (")[0]
        ) from None
    locate = _Locator(text, path)
    check_keys(raw, locate)
    plan = _read_plan(raw, locate)
    kinds = kind_names(plan.kinds)
    units_raw = raw.get("units")
    if not isinstance(units_raw, list) or not units_raw:
        raise locate.error("[[units]]", "units", ("missing",), locate.line("units"))
    units: list[Unit] = []
    seen_keys: dict[str, int] = {}
    for index, record in enumerate(units_raw):
        unit = _read_unit(record, index, plan, kinds, locate)
        if unit.key in seen_keys:
            raise locate.error(
                f"[[units]] #{index + 1}",
                "name",
                ("duplicate", ("value", unit.name)),
                locate.line("units", index, "name"),
            )
        seen_keys[unit.key] = index
        units.append(unit)
    return PlanFile(plan, tuple(units), read_records(raw, tuple(units), locate))


def _line_from_message(message: str) -> int:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else 1


def _read_plan(raw: Mapping[str, Any], locate: _Locator) -> Plan:
    section = raw.get("plan")
    if not isinstance(section, dict):
        raise locate.error("[plan]", "plan", ("missing",), 1)
    # Header text is printed in every summary: no escape sequences may ride along.
    record = {name: _clean_value(value) for name, value in section.items()}
    record.update(plan_days(section, locate))
    for name in _PLAN_DATES:
        if isinstance(record.get(name), date):
            record[name] = record[name].isoformat()
    for name, (valid, expected) in _PLAN_CHECKS.items():
        if name in section and not valid(section[name]):
            problem = ("type", ("expected", expected))
            raise locate.error("[plan]", name, problem, locate.line("plan", 0, name))
    checklists = raw.get("checklists")
    if not isinstance(checklists, dict):
        raise locate.error("[checklists]", "checklists", ("missing",), locate.line("plan"))
    kinds = _read_kinds(raw.get("kinds"), locate)
    record["kinds"] = kinds_to_dict(kinds)
    names = kind_names(kinds)
    record["checklists"] = {
        _kind_code(kind, names, locate): _checked_items(kind, items, locate)
        for kind, items in checklists.items()
    }
    if "report" in raw:
        record["report"] = _read_letter(raw["report"], locate)
    try:
        plan = plan_from_dict(record)
    except FieldProblem as problem:
        field = problem.field.split(".")[0]
        expected = _PLAN_EXPECTED.get(field, "text")
        kind = ("type", ("expected", expected)) if field in section else ("missing",)
        raise locate.error("[plan]", field, kind, locate.line("plan", 0, field)) from None
    check_plan_days(plan, locate)
    return plan


def _read_letter(section: Any, locate: _Locator) -> Any:
    """The optional ``[report]``: how the office heads and signs its documents."""
    try:
        letter_from_dict(section)
    except FieldProblem as problem:
        name = problem.field.partition(".")[2] or "report"
        expected = '["…", …]' if name in LETTER_LISTS else "text"
        kind = ("type", ("expected", expected))
        line = locate.line("report", 0, name if name != "report" else None)
        raise locate.error("[report]", name, kind, line) from None
    return {name: _clean_value(value) for name, value in section.items()}


def _read_kinds(section: Any, locate: _Locator) -> dict[Kind, UnitKind]:
    """The plan's ``[kinds.CODE]`` tables (name, name_en, words); a plan file without
    them has the three kinds of earlier versions: office, commune, town."""
    if section is None:
        return legacy_kinds()
    if not isinstance(section, dict) or not section:
        problem = ("type", ("expected", "[kinds.CODE]"))
        raise locate.error("[kinds]", "kinds", problem, locate.line("kinds"))
    for code, kind in section.items():
        where, table = f"[kinds.{code}]", f"kinds.{code}"
        if not isinstance(kind, dict):
            problem = ("type", ("expected", "{ name, name_en, words }"))
            raise locate.error(where, code, problem, locate.line(table))
        if "name" not in kind:
            raise locate.error(where, "name", ("missing",), locate.line(table))
        for field, (valid, expected) in _KIND_CHECKS.items():
            if field in kind and not valid(kind[field]):
                problem = ("type", ("expected", expected))
                raise locate.error(where, field, problem, locate.line(table, 0, field))
    return kinds_from_dict(_clean_value(section))


def _kind_code(name: str, kinds: Mapping[str, Kind], locate: _Locator) -> Kind:
    """The kind a checklist is for, by its code or name; refused at its table's line."""
    kind = kinds.get(fold(name))
    if kind is None:
        table = f"checklists.{name}"
        expected = " | ".join(dict.fromkeys(kinds.values()))
        problem = ("type", ("expected", expected))
        raise locate.error(f"[[{table}]]", name, problem, locate.line(table))
    return kind


def _checked_items(kind: str, items: Any, locate: _Locator) -> Any:
    """Each checklist item needs a text id and text (and, if it says where it comes from,
    a text source); say which item of which kind lacks it."""
    table = f"checklists.{kind}"
    if not isinstance(items, list):
        raise locate.error(f"[[{table}]]", table, ("type", ("expected", "[[...]]")), 1)
    for index, item in enumerate(items):
        for field in ("id", "text", "source"):
            value = item.get(field) if isinstance(item, dict) else None
            if field == "source" and value is None:
                continue
            if not isinstance(value, str) or not value.strip():
                present = isinstance(item, dict) and field in item
                problem = ("type", ("expected", "text")) if present else ("missing",)
                line = locate.line(table, index, field if present else None)
                raise locate.error(f"[[{table}]] #{index + 1}", field, problem, line)
    return [_clean_value(item) for item in items]


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value, multiline=False)
    if isinstance(value, list):
        return [_clean_value(item) for item in value]
    if isinstance(value, dict):
        return {name: _clean_value(item) for name, item in value.items()}
    return value


def _is_lead_days(value: Any) -> bool:
    # TOML's true is a Python int; "notify true days ahead" is no deadline.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(clean_text(value, multiline=False))


def _is_year(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 2000 <= value <= 2100


def _is_review(value: Any) -> bool:
    return _is_text_list(value) and set(value) <= set(REVIEW_PARTS)


# Checked here because the codec would accept them and a summary would then fail or mislead.
_PLAN_CHECKS: Mapping[str, tuple[Callable[[Any], bool], str]] = {
    "notify_lead_days": (_is_lead_days, "int ≥ 0"),
    "report_lead_days": (_is_lead_days, "int ≥ 0"),
    "based_on": (_is_text_list, '["…", …]'),
    "follow_up_days": (_is_lead_days, "int ≥ 0"),
    "year": (_is_year, "2000…2100"),
    "carried_from": (_is_text, "text"),
    "review": (_is_review, " | ".join(REVIEW_PARTS)),
}
_KIND_CHECKS: Mapping[str, tuple[Callable[[Any], bool], str]] = {
    "name": (_is_name, "text"),
    "name_en": (_is_text, "text"),
    "words": (_is_text_list, '["…", …]'),
}
_PLAN_EXPECTED = {
    **{name: "YYYY-MM-DD" for name in _PLAN_DATES},
    **{name: expected for name, (_, expected) in _PLAN_CHECKS.items()},
}


def _read_unit(
    record: Any, index: int, plan: Plan, kinds: Mapping[str, Kind], locate: _Locator
) -> Unit:
    where = f"[[units]] #{index + 1}"

    def fail(field: str, expected: str | None = None) -> UserError:
        problem = ("type", ("expected", expected)) if expected and field in record else ("missing",)
        return locate.error(where, field, problem, locate.line("units", index, field))

    if not isinstance(record, dict):
        raise fail("units")
    name = record.get("name")
    if not isinstance(name, str) or not clean_text(name, multiline=False):
        raise fail("name", "text")
    name = clean_text(name, multiline=False)
    kind = _lookup(record, "kind", kinds, fail, " | ".join(plan.kinds))
    mode = _lookup(record, "mode", _MODE_NAMES, fail, "direct | self")
    title = record.get("title") or ""
    if not isinstance(title, str):
        raise fail("title", "text")
    title = clean_text(title, multiline=False)
    report_ref = record.get("report_ref") or ""
    if not isinstance(report_ref, str):
        raise fail("report_ref", "text")
    # A unit is taken to be one the plan's text names unless the file says otherwise: only
    # `in_seed = false` marks a unit added from elsewhere.
    if not isinstance(record.get("in_seed", True), bool):
        raise fail("in_seed", "true | false")
    dates = {}
    for field in _UNIT_DATES:
        value = record.get(field)
        # A TOML date-time is a datetime, which is a date too, but the data file keeps days.
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise fail(field, "YYYY-MM-DD")
        dates[field] = value
    conclusion = _enum(record, "conclusion", Conclusion, fail)
    items = _read_items(record, plan, kind, fail)
    notes = _read_notes(record, fail)
    unit = Unit(
        key=str(record.get("key") or slug(title or name)),
        name=name,
        kind=kind,
        mode=mode,
        in_seed=record.get("in_seed", True),
        title=title,
        report_ref=clean_text(report_ref, multiline=False),
        conclusion=conclusion,
        items=items,
        notes=notes,
        **dates,
        **read_unit_extras(record, fail),
    )
    if problem := progress_problem(unit):
        raise fail(*problem)
    return unit


def _lookup(
    record: Mapping[str, Any],
    field: str,
    names: Mapping[str, Any],
    fail: Callable[[str, str | None], UserError],
    expected: str,
) -> Any:
    value = record.get(field)
    found = names.get(fold(value)) if isinstance(value, str) else None
    if found is None:
        raise fail(field, expected)
    return found


def _enum(
    record: Mapping[str, Any],
    field: str,
    enum: type[Any],
    fail: Callable[[str, str | None], UserError],
) -> Any:
    value = record.get(field)
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        raise fail(field, " | ".join(str(member) for member in enum)) from None


def _read_items(
    record: Mapping[str, Any], plan: Plan, kind: Kind, fail: Callable[[str, str | None], UserError]
) -> dict[str, ItemResult]:
    raw = record.get("items") or {}
    if not isinstance(raw, dict):
        raise fail("items", "{ item = { verdict, note } }")
    known = {item.id for item in plan.checklist_for(kind)}
    items = {}
    for item_id, result in raw.items():
        if item_id not in known or not isinstance(result, dict):
            raise fail(f"items.{item_id}", ", ".join(sorted(known)))
        fail_item = partial(_fail_item, fail, item_id)
        verdict = _enum(result, "verdict", Verdict, fail_item)
        note = clean_text(str(result.get("note") or ""))
        items[item_id] = ItemResult(verdict, note, **read_item_extras(result, fail_item))
    return items


def _fail_item(
    fail: Callable[[str, str | None], UserError], item_id: str, field: str, expected: str | None
) -> UserError:
    return fail(f"items.{item_id}.{field}", expected)


def _read_notes(
    record: Mapping[str, Any], fail: Callable[[str, str | None], UserError]
) -> tuple[Note, ...]:
    raw = record.get("notes") or []
    if not isinstance(raw, list):
        raise fail("notes", "[[units.notes]]")
    notes = []
    for note in raw:
        if not isinstance(note, dict) or not isinstance(note.get("text"), str):
            raise fail("notes", "{ text, by, at }")
        at = str(note.get("at") or "")
        by = str(note.get("by") or "")
        notes.append(Note(f"{at}~{by}", clean_text(note["text"]), by, at))
    return tuple(notes)


def dump_plan_file(
    plan: Plan, units: list[Unit] | tuple[Unit, ...], records: PlanRecords | None = None
) -> str:
    """The plan, its team and results, and its units' progress as TOML that
    ``parse_plan_file`` reads back."""
    plan_record = plan_to_dict(plan)
    checklists = plan_record.pop("checklists")
    letter = plan_record.pop("report", None)
    kinds = plan_record.pop("kinds")
    for name in _PLAN_DATES:
        plan_record[name] = getattr(plan, name)
    for name in DAY_LISTS:
        plan_record[name] = list(getattr(plan, name))
    # TOML has no "nothing": a plan without window days leaves the keys out.
    plan_record = {name: value for name, value in plan_record.items() if value is not None}
    document = {
        "plan": plan_record,
        **({"report": letter} if letter else {}),
        "kinds": kinds,
        "checklists": checklists,
        **records_document(records or PlanRecords(), units),
        "units": [_unit_record(unit) for unit in units],
    }
    import tomli_w  # only `export` writes TOML; keep it off every other command's start-up

    return tomli_w.dumps(document)


def _unit_record(unit: Unit) -> dict[str, Any]:
    record: dict[str, Any] = {"name": unit.name}
    if unit.title:
        record["title"] = unit.title
    record.update(key=unit.key, kind=str(unit.kind), mode=str(unit.mode), in_seed=unit.in_seed)
    for field in _UNIT_DATES:
        if (value := getattr(unit, field)) is not None:
            record[field] = value
    if unit.report_ref:
        record["report_ref"] = unit.report_ref
    if unit.conclusion:
        record["conclusion"] = str(unit.conclusion)
    if unit.items:
        record["items"] = {item_id: _item_record(result) for item_id, result in unit.items.items()}
    if unit.notes:
        record["notes"] = [{"text": n.text, "by": n.by, "at": n.at} for n in unit.notes]
    record.update(unit_extras_record(unit))
    return record


def _item_record(result: ItemResult) -> dict[str, Any]:
    record: dict[str, Any] = {"note": result.note}
    if result.verdict:
        record["verdict"] = str(result.verdict)
    return record | item_extras_record(result.evidence, result.missing)
