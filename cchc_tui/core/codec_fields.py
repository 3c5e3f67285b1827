"""Reading one field of a stored record, for the plan's and the unit's codecs: the value
of the type asked for, else ``FieldProblem`` naming the field. The value checks under
them (``is_count``, ``is_text_list``) serve the plan file's readers too."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cchc_tui.core.errors import FieldProblem


def typed(record: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = record.get(name)
    if not isinstance(value, kind):
        raise FieldProblem(name)
    return value


def is_count(value: Any) -> bool:
    """A whole number ≥ 0. Not a bool, which is an int too (TOML's ``true`` and JSON's
    read as one): "notify true days ahead" is no count."""
    return type(value) is int and value >= 0


def is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def count(record: Mapping[str, Any], name: str, required: bool = True) -> int | None:
    """A whole number ≥ 0 that the file can hold (JSON's 64-bit integers)."""
    return number(record, name, (0, 2**63 - 1), required)


def in_bounds(value: Any, bounds: tuple[int, int]) -> bool:
    """A whole number (not a bool) from ``bounds[0]`` to ``bounds[1]``."""
    return type(value) is int and bounds[0] <= value <= bounds[1]


def number(
    record: Mapping[str, Any], name: str, bounds: tuple[int, int], required: bool = True
) -> int | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if not in_bounds(value, bounds):
        raise FieldProblem(name)
    return value


def iso_day(record: Mapping[str, Any], name: str, required: bool = False) -> date | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FieldProblem(name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FieldProblem(name) from None


def coded(record: Mapping[str, Any], name: str, enum: type[Any], required: bool = True) -> Any:
    value = record.get(name)
    if value is None and not required:
        return None
    try:
        return enum(value)
    except ValueError:
        raise FieldProblem(name) from None


def optional_text(record: Mapping[str, Any], name: str, where: str | None = None) -> str | None:
    value = record.get(name)
    if not isinstance(value or "", str):
        raise FieldProblem(where or name)
    return value
