"""Plans and units to and from plain JSON-able dicts, the shape they have on disk.

Pure: the store reads the file and hands the dicts here. Field paths in edits are
``"field"`` or ``"field.key"`` (one level into ``items`` or ``notes``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any

from cchc_tui.core.codec_cycle import (
    evidence_problem,
    issues_from,
    issues_problem,
    item_result,
    item_to_dict,
    tthc_from_dict,
    tthc_key,
    tthc_to_dict,
)
from cchc_tui.core.dates import to_iso
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.kinds import legacy_kinds
from cchc_tui.core.model import (
    ChecklistItem,
    Conclusion,
    CountDays,
    ItemResult,
    Kind,
    LetterSettings,
    Mode,
    Note,
    Plan,
    Unit,
    UnitKind,
    Verdict,
)

UNIT_DATE_FIELDS = (
    "inspection_date",
    "notified_on",
    "report_on",
    "inspected_on",
    "concluded_on",
    "report_sent_on",
    "fix_by",
    "fixed_on",
)


def _get(record: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = record.get(name)
    if not isinstance(value, kind):
        raise FieldProblem(name)
    return value


def _date(record: Mapping[str, Any], name: str, required: bool = False) -> date | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FieldProblem(name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FieldProblem(name) from None


def _code(record: Mapping[str, Any], name: str, enum: type[Any], required: bool = True) -> Any:
    value = record.get(name)
    if value is None and not required:
        return None
    try:
        return enum(value)
    except ValueError:
        raise FieldProblem(name) from None


def _texts(record: Mapping[str, Any], name: str) -> tuple[str, ...]:
    values = _get(record, name, list)
    if not all(isinstance(value, str) for value in values):
        raise FieldProblem(name)
    return tuple(values)


def _dates(record: Mapping[str, Any], name: str) -> tuple[date, ...]:
    """An optional list of ISO days, sorted; absent in files written before it existed."""
    values = record.get(name) or []
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise FieldProblem(name)
    try:
        return tuple(sorted(date.fromisoformat(value) for value in values))
    except ValueError:
        raise FieldProblem(name) from None


def plan_from_dict(record: Mapping[str, Any]) -> Plan:
    checklists_raw = _get(record, "checklists", dict)
    checklists: dict[Kind, tuple[ChecklistItem, ...]] = {}
    for kind_code, items in checklists_raw.items():
        if not isinstance(items, list):
            raise FieldProblem(f"checklists.{kind_code}")
        checklists[kind_code] = tuple(
            ChecklistItem(_get(item, "id", str), _get(item, "text", str), _source(item))
            for item in items
        )
    return Plan(
        number=_get(record, "number", str),
        title=_get(record, "title", str),
        issuer=_get(record, "issuer", str),
        issued_on=_date(record, "issued_on", required=True),  # type: ignore[arg-type]
        based_on=_texts(record, "based_on"),
        period=_get(record, "period", str),
        window=_get(record, "window", str),
        window_start=_date(record, "window_start"),
        window_end=_date(record, "window_end"),
        self_report_before=_date(record, "self_report_before", required=True),  # type: ignore[arg-type]
        notify_lead_days=_get(record, "notify_lead_days", int),
        report_lead_days=_get(record, "report_lead_days", int),
        receiver=_get(record, "receiver", str),
        checklists=checklists,
        count_days=_code(record, "count_days", CountDays, required=False) or CountDays.CALENDAR,
        days_off=_dates(record, "days_off"),
        working_days=_dates(record, "working_days"),
        letter=letter_from_dict(record.get("report")),
        follow_up_days=_follow_up_days(record),
        kinds=kinds_from_dict(record.get("kinds")),
        year=_year(record),
        carried_from=_optional_text(record, "carried_from") or "",
        review=_texts(record, "review") if "review" in record else (),
    )


def _follow_up_days(record: Mapping[str, Any]) -> int | None:
    value = record.get("follow_up_days")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise FieldProblem("follow_up_days")
    return value


def _year(record: Mapping[str, Any]) -> int | None:
    year = record.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise FieldProblem("year")
    return year


def _source(item: Mapping[str, Any]) -> str:
    source = item.get("source") or ""
    if not isinstance(source, str):
        raise FieldProblem("source")
    return source


def kinds_from_dict(record: Any) -> dict[Kind, UnitKind]:
    """The plan's kinds of unit; a plan stored before kinds were declared has the three
    kinds every plan had then (office, commune, town)."""
    if record is None:
        return legacy_kinds()
    if not isinstance(record, Mapping):
        raise FieldProblem("kinds")
    kinds = {}
    for code, kind in record.items():
        if not isinstance(kind, Mapping) or not isinstance(kind.get("name"), str):
            raise FieldProblem(f"kinds.{code}")
        name_en, words = kind.get("name_en", ""), kind.get("words", [])
        if not isinstance(name_en, str) or not _is_text_list(words):
            raise FieldProblem(f"kinds.{code}")
        kinds[code] = UnitKind(code, kind["name"], name_en, tuple(words))
    return kinds


def kinds_to_dict(kinds: Mapping[Kind, UnitKind]) -> dict[str, Any]:
    return {
        kind.code: {
            "name": kind.name,
            **({"name_en": kind.name_en} if kind.name_en else {}),
            **({"words": list(kind.words)} if kind.words else {}),
        }
        for kind in kinds.values()
    }


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


LETTER_LISTS = ("body", "signer", "recipients")
LETTER_TEXTS = ("parent", "place", "report_code", "notice_code", "signer_name")


def letter_from_dict(record: Any) -> LetterSettings:
    """The plan's ``report`` part; absent is every part left to derive or fill in."""
    if record is None:
        return LetterSettings()
    if not isinstance(record, Mapping):
        raise FieldProblem("report")
    unknown = set(record) - {*LETTER_LISTS, *LETTER_TEXTS}
    if unknown:
        raise FieldProblem(f"report.{sorted(unknown)[0]}")
    values: dict[str, Any] = {}
    for name in LETTER_TEXTS:
        values[name] = record.get(name, "")
        if not isinstance(values[name], str):
            raise FieldProblem(f"report.{name}")
    for name in LETTER_LISTS:
        lines = record.get(name, [])
        # One line may be written as plain text: body = "UBND HUYỆN BÌNH GIANG".
        if isinstance(lines, str):
            lines = [lines]
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise FieldProblem(f"report.{name}")
        values[name] = tuple(lines)
    return LetterSettings(**values)


def letter_to_dict(letter: LetterSettings) -> dict[str, Any]:
    """The parts that are set, in the order a plan file lists them."""
    record: dict[str, Any] = {}
    for part in fields(letter):
        value = getattr(letter, part.name)
        if value:
            record[part.name] = list(value) if isinstance(value, tuple) else value
    return record


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return {
        "number": plan.number,
        "title": plan.title,
        "issuer": plan.issuer,
        "issued_on": to_iso(plan.issued_on),
        "based_on": list(plan.based_on),
        "period": plan.period,
        "window": plan.window,
        "window_start": to_iso(plan.window_start),
        "window_end": to_iso(plan.window_end),
        "self_report_before": to_iso(plan.self_report_before),
        "notify_lead_days": plan.notify_lead_days,
        "report_lead_days": plan.report_lead_days,
        "receiver": plan.receiver,
        "checklists": {
            kind: [_item_to_dict(item) for item in items] for kind, items in plan.checklists.items()
        },
        "count_days": str(plan.count_days),
        "days_off": [day.isoformat() for day in plan.days_off],
        "working_days": [day.isoformat() for day in plan.working_days],
        **({"report": letter} if (letter := letter_to_dict(plan.letter)) else {}),
        **({"follow_up_days": plan.follow_up_days} if plan.follow_up_days is not None else {}),
        "kinds": kinds_to_dict(plan.kinds),
        **({"year": plan.year} if plan.year else {}),
        **({"carried_from": plan.carried_from} if plan.carried_from else {}),
        **({"review": list(plan.review)} if plan.review else {}),
    }


def _item_to_dict(item: ChecklistItem) -> dict[str, str]:
    return {"id": item.id, "text": item.text, **({"source": item.source} if item.source else {})}


def unit_from_dict(record: Mapping[str, Any]) -> Unit:
    """The unit a stored record describes; ``FieldProblem`` names the first bad field.

    The store builds every unit of the file on each load, so this is the hot path at
    national size: no helper call per field, enum codes by dict lookup, Unit built by
    position. Any malformed value makes one of these steps raise, and ``_unit_problem``
    then walks the record again slowly to name the field.
    """
    get = record.get
    try:
        key = get("key")
        name = get("name")
        kind = get("kind")
        mode = _MODES[get("mode")]
        inspection_date = get("inspection_date")
        notified_on = get("notified_on")
        report_on = get("report_on")
        inspected_on = get("inspected_on")
        concluded_on = get("concluded_on")
        report_sent_on = get("report_sent_on")
        fix_by = get("fix_by")
        fixed_on = get("fixed_on")
        title = get("title") or ""
        report_ref = get("report_ref") or ""
        if not (
            isinstance(key, str)
            and isinstance(name, str)
            and isinstance(kind, str)
            and isinstance(title, str)
            and isinstance(report_ref, str)
        ):
            raise _Malformed
        return Unit(
            key,
            name,
            kind,
            mode,
            bool(get("in_seed", False)),
            title,
            None if inspection_date is None else _from_iso(inspection_date),
            None if notified_on is None else _from_iso(notified_on),
            None if report_on is None else _from_iso(report_on),
            None if inspected_on is None else _from_iso(inspected_on),
            _CONCLUSIONS[get("conclusion")],
            None if concluded_on is None else _from_iso(concluded_on),
            _items_from_dict(items) if (items := get("items")) else {},
            _notes_from_dict(notes) if (notes := get("notes")) else (),
            None if report_sent_on is None else _from_iso(report_sent_on),
            report_ref,
            issues_from(issues) if (issues := get("issues")) else (),
            None if fix_by is None else _from_iso(fix_by),
            None if fixed_on is None else _from_iso(fixed_on),
            tthc_from_dict(tthc) if (tthc := get("tthc")) else (),
        )
    except (_Malformed, KeyError, TypeError, ValueError, AttributeError):
        problem = _unit_problem(record)
        if problem is None:
            raise
        raise problem from None


class _Malformed(Exception):
    """A value of the wrong type that no conversion below would reject by itself."""


_MODES: dict[Any, Mode] = {str(mode): mode for mode in Mode}
_CONCLUSIONS: dict[Any, Conclusion | None] = {None: None, **{str(c): c for c in Conclusion}}
_VERDICTS: dict[Any, Verdict | None] = {None: None, **{str(v): v for v in Verdict}}
# Most assessed items carry no note: one shared (frozen) value per stored verdict code
# saves building an object per item.
_BARE_RESULTS: dict[Any, ItemResult] = {code: ItemResult(v) for code, v in _VERDICTS.items()}
_from_iso = date.fromisoformat
_note_time = attrgetter("at")


def _items_from_dict(raw: dict[str, Any]) -> dict[str, ItemResult]:
    # Stored as {"verdict", "note"}, with "evidence" and "missing" only when recorded: two
    # keys or fewer and no evidence key is the usual item, read the short way.
    return {
        item_id: (
            ItemResult(_VERDICTS[result.get("verdict")], _text(note))
            if (note := result.get("note"))
            else _BARE_RESULTS[result.get("verdict")]
        )
        if len(result) < 3 and "evidence" not in result and "missing" not in result
        else item_result(_VERDICTS[result.get("verdict")], result)
        for item_id, result in raw.items()
        if result is not None
    }


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Malformed
    return value


def _notes_from_dict(raw: dict[str, Any]) -> tuple[Note, ...]:
    notes = []
    for note_id, note in raw.items():
        if note is None:
            continue
        text, by, at = note.get("text"), note.get("by"), note.get("at")
        if not (isinstance(text, str) and isinstance(by, str) and isinstance(at, str)):
            raise _Malformed
        notes.append(Note(note_id, text, by, at))
    notes.sort(key=_note_time)
    return tuple(notes)


def _optional_text(record: Mapping[str, Any], name: str, where: str | None = None) -> str | None:
    value = record.get(name)
    if not isinstance(value or "", str):
        raise FieldProblem(where or name)
    return value


def _unit_problem(record: Mapping[str, Any]) -> FieldProblem | None:
    """The first field of ``record`` that ``unit_from_dict`` cannot take, checked one by one."""
    checks: list[Callable[[], object]] = [
        partial(_get, record, "key", str),
        partial(_get, record, "name", str),
        partial(_optional_text, record, "title"),
        partial(_optional_text, record, "report_ref"),
        partial(_get, record, "kind", str),
        partial(_code, record, "mode", Mode),
        *(partial(_date, record, name) for name in UNIT_DATE_FIELDS),
        partial(_code, record, "conclusion", Conclusion, required=False),
    ]
    for container in ("items", "notes"):
        entries = record.get(container) or {}
        if not isinstance(entries, dict):
            return FieldProblem(container)
        for entry_id, entry in entries.items():
            if entry is not None and not isinstance(entry, dict):
                return FieldProblem(f"{container}.{entry_id}")
            if entry is not None and container == "items":
                where = f"{container}.{entry_id}"
                checks.append(partial(_code, entry, "verdict", Verdict, required=False))
                checks.append(partial(_optional_text, entry, "note", where))
                checks.append(partial(_optional_text, entry, "missing", where))
                checks.append(partial(evidence_problem, entry.get("evidence"), where))
            elif entry is not None:
                checks += [partial(_get, entry, name, str) for name in ("text", "by", "at")]
    checks.append(partial(issues_problem, record.get("issues")))
    if record.get("tthc"):
        checks.append(partial(tthc_from_dict, record.get("tthc")))
    for check in checks:
        try:
            check()
        except FieldProblem as problem:
            return problem
    return None


def unit_to_dict(unit: Unit, plan_number: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "plan": plan_number,
        "key": unit.key,
        "name": unit.name,
        "title": unit.title,
        "kind": str(unit.kind),
        "mode": str(unit.mode),
        "in_seed": unit.in_seed,
    }
    for name in UNIT_DATE_FIELDS:
        record[name] = to_iso(getattr(unit, name))
    if unit.report_ref:
        record["report_ref"] = unit.report_ref
    record["conclusion"] = str(unit.conclusion) if unit.conclusion else None
    record["items"] = {item_id: item_to_dict(result) for item_id, result in unit.items.items()}
    if unit.issues:
        record["issues"] = list(unit.issues)
    if unit.tthc:
        record["tthc"] = {tthc_key(figures.period): tthc_to_dict(figures) for figures in unit.tthc}
    record["notes"] = {
        note.id: {"text": note.text, "by": note.by, "at": note.at} for note in unit.notes
    }
    return record


def read_field(record: Mapping[str, Any], path: str) -> Any:
    head, _, key = path.partition(".")
    if not key:
        return record.get(head)
    container = record.get(head) or {}
    return container.get(key)


def write_field(record: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``record``; ``None`` one level down removes the entry."""
    head, _, key = path.partition(".")
    if not key:
        record[head] = value
        return
    container = dict(record.get(head) or {})
    if value is None:
        container.pop(key, None)
    else:
        container[key] = value
    record[head] = container
