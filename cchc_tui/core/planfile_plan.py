"""The plan's own part of a plan file: ``[plan]``, ``[kinds]``, ``[checklists]`` and
``[report]``, checked with the line at fault (``planfile`` reads the units).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from typing import Any

from cchc_tui.core.codec import FieldProblem
from cchc_tui.core.codec_fields import in_bounds, is_text_list
from cchc_tui.core.codec_plan import (
    LETTER_LISTS,
    PLAN_NUMBERS,
    kinds_from_dict,
    kinds_to_dict,
    letter_from_dict,
    plan_from_dict,
)
from cchc_tui.core.kinds import kind_names, legacy_kinds
from cchc_tui.core.model import Kind, Plan, UnitKind
from cchc_tui.core.planfile_check import Locator, check_plan_days, plan_days
from cchc_tui.core.review import REVIEW_PARTS
from cchc_tui.core.text import clean_text, fold

PLAN_DATES = ("issued_on", "window_start", "window_end", "self_report_before")


def read_plan(raw: Mapping[str, Any], locate: Locator) -> Plan:
    """The ``[plan]`` header with its ``[kinds]``, ``[checklists]`` and ``[report]``."""
    section = raw.get("plan")
    if not isinstance(section, dict):
        raise locate.error("[plan]", "plan", ("missing",), 1)
    # Header text is printed in every summary: no escape sequences may ride along.
    record = {name: _clean_value(value) for name, value in section.items()}
    record.update(plan_days(section, locate))
    for name in PLAN_DATES:
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


def _read_letter(section: Any, locate: Locator) -> Any:
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


def _read_kinds(section: Any, locate: Locator) -> dict[Kind, UnitKind]:
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


def _kind_code(name: str, kinds: Mapping[str, Kind], locate: Locator) -> Kind:
    """The kind a checklist is for, by its code or name; refused at its table's line."""
    kind = kinds.get(fold(name))
    if kind is None:
        table = f"checklists.{name}"
        expected = " | ".join(dict.fromkeys(kinds.values()))
        problem = ("type", ("expected", expected))
        raise locate.error(f"[[{table}]]", name, problem, locate.line(table))
    return kind


def _checked_items(kind: str, items: Any, locate: Locator) -> Any:
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


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(clean_text(value, multiline=False))


def _is_review(value: Any) -> bool:
    return is_text_list(value) and set(value) <= set(REVIEW_PARTS)


# Checked here because the codec would accept them and a summary would then fail or mislead.
_PLAN_CHECKS: Mapping[str, tuple[Callable[[Any], bool], str]] = {
    **{
        name: (partial(in_bounds, bounds=(least, most)), f"{least}…{most}")
        for name, (least, most) in PLAN_NUMBERS.items()
    },
    "based_on": (is_text_list, '["…", …]'),
    "carried_from": (_is_text, "text"),
    "review": (_is_review, " | ".join(REVIEW_PARTS)),
}
_KIND_CHECKS: Mapping[str, tuple[Callable[[Any], bool], str]] = {
    "name": (_is_name, "text"),
    "name_en": (_is_text, "text"),
    "words": (is_text_list, '["…", …]'),
}
_PLAN_EXPECTED = {
    **{name: "YYYY-MM-DD" for name in PLAN_DATES},
    **{name: expected for name, (_, expected) in _PLAN_CHECKS.items()},
}
