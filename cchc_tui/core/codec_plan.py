"""A plan to and from the plain JSON-able dict it is stored as: its header, checklists,
kinds of unit and letter settings (``report``). Pure, like ``codec`` (the units')."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from msgspec.structs import fields

from cchc_tui.core.codec_fields import coded, is_text_list, iso_day, number, optional_text, typed
from cchc_tui.core.dates import to_iso
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.kinds import legacy_kinds
from cchc_tui.core.model import (
    ChecklistItem,
    CountDays,
    Kind,
    LetterSettings,
    Plan,
    UnitKind,
)

# The plan's numbers and the range each must fall in: a plan notifying 800,000 days ahead
# is a typo, and its deadlines would lie outside the calendar (OverflowError).
PLAN_NUMBERS: Mapping[str, tuple[int, int]] = {
    "notify_lead_days": (0, 60),
    "report_lead_days": (0, 60),
    "follow_up_days": (0, 365),
    "year": (2000, 2100),
}


def _number(record: Mapping[str, Any], name: str, required: bool = True) -> int | None:
    return number(record, name, PLAN_NUMBERS[name], required)


def _texts(record: Mapping[str, Any], name: str) -> tuple[str, ...]:
    values = record.get(name)
    if not is_text_list(values):
        raise FieldProblem(name)
    return tuple(values)


def _dates(record: Mapping[str, Any], name: str) -> tuple[date, ...]:
    """An optional list of ISO days, sorted; absent in files written before it existed."""
    values = record.get(name) or []
    if not is_text_list(values):
        raise FieldProblem(name)
    try:
        return tuple(sorted(date.fromisoformat(value) for value in values))
    except ValueError:
        raise FieldProblem(name) from None


def plan_from_dict(record: Mapping[str, Any]) -> Plan:
    checklists_raw = typed(record, "checklists", dict)
    checklists: dict[Kind, tuple[ChecklistItem, ...]] = {}
    for kind_code, items in checklists_raw.items():
        if not isinstance(items, list):
            raise FieldProblem(f"checklists.{kind_code}")
        checklists[kind_code] = tuple(
            ChecklistItem(typed(item, "id", str), typed(item, "text", str), _source(item))
            for item in items
        )
    return Plan(
        number=typed(record, "number", str),
        title=typed(record, "title", str),
        issuer=typed(record, "issuer", str),
        issued_on=iso_day(record, "issued_on", required=True),  # type: ignore[arg-type]
        based_on=_texts(record, "based_on"),
        period=typed(record, "period", str),
        window=typed(record, "window", str),
        window_start=iso_day(record, "window_start"),
        window_end=iso_day(record, "window_end"),
        self_report_before=iso_day(record, "self_report_before", required=True),  # type: ignore[arg-type]
        notify_lead_days=_number(record, "notify_lead_days"),  # type: ignore[arg-type]
        report_lead_days=_number(record, "report_lead_days"),  # type: ignore[arg-type]
        receiver=typed(record, "receiver", str),
        checklists=checklists,
        count_days=coded(record, "count_days", CountDays, required=False) or CountDays.CALENDAR,
        days_off=_dates(record, "days_off"),
        working_days=_dates(record, "working_days"),
        letter=letter_from_dict(record.get("report")),
        follow_up_days=_number(record, "follow_up_days", required=False),
        kinds=kinds_from_dict(record.get("kinds")),
        year=_number(record, "year", required=False),
        carried_from=optional_text(record, "carried_from") or "",
        review=_texts(record, "review") if "review" in record else (),
    )


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
        if not isinstance(name_en, str) or not is_text_list(words):
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
        if not is_text_list(lines):
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
