"""The human-editable plan file (TOML): what `import` reads, `export` writes and the
sample plan ships as. The plan's own tables are read in ``planfile_plan``; the units here.

Errors name the line and the field, because the person fixing them has the file open
in an editor. Parsing is pure: callers pass the text in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as default_field
from functools import partial
from typing import Any

from cchc_tui.core.codec import UNIT_DATE_FIELDS
from cchc_tui.core.codec_plan import plan_to_dict
from cchc_tui.core.compat import tomllib
from cchc_tui.core.errors import UserError
from cchc_tui.core.kinds import kind_names
from cchc_tui.core.model import (
    Conclusion,
    ItemResult,
    Kind,
    Mode,
    Note,
    Plan,
    PlanRecords,
    Unit,
    Verdict,
)
from cchc_tui.core.planfile_bounds import check_bounds
from cchc_tui.core.planfile_check import DAY_LISTS, check_keys, is_day
from cchc_tui.core.planfile_check import Locator as _Locator
from cchc_tui.core.planfile_plan import PLAN_DATES, read_plan
from cchc_tui.core.planfile_records import (
    item_extras_record,
    read_item_extras,
    read_records,
    read_unit_extras,
    records_document,
    unit_extras_record,
)
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


def parse_plan_file(text: str, path: str = "plan.toml") -> PlanFile:
    """Read a plan file; ``UserError`` naming the line and field of the first problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise UserError(
            "plan_file_syntax", path=path, line=line, detail=str(exc).split(" (")[0]
        ) from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise UserError("plan_file_too_deep", path=path) from None
    locate = _Locator(text, path)
    check_keys(raw, locate)
    check_bounds(raw, locate)
    plan = read_plan(raw, locate)
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
    for field in UNIT_DATE_FIELDS:
        value = record.get(field)
        if value is not None and not is_day(value):
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
    for name in PLAN_DATES:
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
    for field in UNIT_DATE_FIELDS:
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
