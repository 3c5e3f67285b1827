"""Errors that carry a message key, so every refusal can be said in Vietnamese or English."""

from __future__ import annotations

from typing import Any, NamedTuple


class UserError(Exception):
    """Something the person asked for cannot be done; ``key`` names the message in i18n."""

    exit_code = 1

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params


class RuleError(UserError):
    """The workflow refuses a step: out of order, or dates in an impossible order."""


class AlreadySo(RuleError):
    """What was asked is already recorded: said, not an error (the command line exits 0)."""

    exit_code = 0


class DataFileError(UserError):
    """The data file cannot be used as it is (corrupt, foreign, unreadable, locked...)."""

    exit_code = 3


class ConflictError(UserError):
    """Someone else changed a field after this person last saw it."""

    exit_code = 4


class FieldProblem(ValueError):
    """A stored record lacks a field or holds a value of the wrong shape."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class Where(NamedTuple):
    """Where a data file is damaged, for ``detail=``: a table, or a record of one (``plan``,
    ``unit``, ``history``) by its id or, for a plan, by its number, and the field in it."""

    table: str
    record_id: str | int | None = None
    field: str | None = None
    plan: str | None = None


class Detail:
    """Why, for ``detail=``, in words of its own: the message ``detail.<key>`` with ``params``
    ("the file is empty", "unreadable JSON at line 3, column 7")."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params

    def __repr__(self) -> str:
        return f"Detail({self.key!r}, **{self.params!r})"
