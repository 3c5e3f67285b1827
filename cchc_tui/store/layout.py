"""What the data file holds and how it is checked: the frame (``_meta``, the tables), plans,
units and history records, read from the parsed JSON. No file access here: the store
reads the bytes and hands them over.

Schema 2 keeps the history in a log beside the file (``history_log``) and its commit point
in ``_meta``; a schema 1 file holds its history in a ``history`` table, until its first
change moves it out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import orjson

from cchc_tui.core.codec import FieldProblem, unit_from_dict
from cchc_tui.core.codec_cycle import records_from_dict
from cchc_tui.core.codec_plan import plan_from_dict
from cchc_tui.core.errors import DataFileError, Detail, Where
from cchc_tui.core.snapshot import HistoryEntry
from cchc_tui.core.team import records_problem
from cchc_tui.core.workflow import Edit, progress_problem

APP_ID = "cchc-tui"


SCHEMA_VERSION = 2
# The first layout, with the history inside: read, and moved out by the first change.
INNER_HISTORY_SCHEMA = 1


TABLES = ("_meta", "plans", "units")
_COMMIT_POINT = ("history_bytes", "last_change")


_Record = TypeVar("_Record")


def decoded(convert: Callable[[Mapping[str, Any]], _Record], record: Mapping[str, Any]) -> _Record:
    """A plan or unit from its record in the file. A record of a shape the codec does not
    foresee (a list where a table belongs...) is damage to report, not a crash."""
    try:
        return convert(record)
    except FieldProblem:
        raise
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise FieldProblem("format") from exc


def plans_by_number(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    plans = data["plans"].values()
    return {doc["number"]: doc for doc in plans if isinstance(doc.get("number"), str)}


def decode(payload: bytes, path: Path) -> dict[str, Any]:
    """Parse the file and check its frame: ours, a version we read, tables of records."""

    def damaged(detail: Where | Detail) -> DataFileError:
        return DataFileError("db_corrupt", path=str(path), detail=detail)

    if not payload.strip():
        raise damaged(Detail("empty"))
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise damaged(Detail("json", line=exc.lineno, column=exc.colno)) from None
    meta = data.get("_meta") if isinstance(data, dict) else None
    if not isinstance(meta, dict):
        raise DataFileError("db_foreign", path=str(path), detail=Detail("not_ours"))
    record = meta.get("1")
    if not isinstance(record, dict) or record.get("app") != APP_ID:
        raise DataFileError("db_foreign", path=str(path), detail=Detail("not_ours"))
    schema = record.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise damaged(Where("_meta", field="schema"))
    if schema > SCHEMA_VERSION:
        raise DataFileError("db_newer", path=str(path), found=schema, supported=SCHEMA_VERSION)
    if not isinstance(record.get("current_plan", ""), str):
        raise damaged(Where("_meta", field="current_plan"))
    tables = TABLES
    if schema <= INNER_HISTORY_SCHEMA:
        tables = (*TABLES, "history")
    else:
        for name in _COMMIT_POINT:
            value = record.get(name, 0)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise damaged(Where("_meta", field=name))
        data.pop("history", None)
    for table in tables:
        docs = data.get(table)
        if not isinstance(docs, dict):
            raise damaged(Where(table))
        for doc_id, doc in docs.items():
            if not (doc_id.isascii() and doc_id.isdigit() and isinstance(doc, dict)):
                raise damaged(Where(table, doc_id))
    return data


_HISTORY_TYPES: dict[str, type | tuple[type, ...]] = {
    "at": str,
    "who": str,
    "as": str,
    "plan": str,
    "action": str,
    "unit": (str, type(None)),
    "args": (dict, type(None)),
    "edits": list,
    "undoes": (int, type(None)),
    "undone_by": (int, type(None)),
}


def history_problem(doc: Mapping[str, Any]) -> str | None:
    """The first field of a history record that undo, conflicts or the history view would
    trip over, or None."""
    for name, kind in _HISTORY_TYPES.items():
        if name in doc and not isinstance(doc[name], kind):
            return name
    for edit in doc.get("edits", ()):
        if not (isinstance(edit, list) and len(edit) == 3 and isinstance(edit[0], str)):
            return "edits"
    return None


def empty_file() -> dict[str, Any]:
    return {table: {} for table in TABLES}


def new_meta(current: str) -> dict[str, Any]:
    """``_meta`` of a new file: ours, this schema, no history yet."""
    return {
        "app": APP_ID,
        "schema": SCHEMA_VERSION,
        "current_plan": current,
        "history_bytes": 0,
        "last_change": 0,
    }


def current_plan(data: Mapping[str, Any]) -> str:
    return str(data["_meta"]["1"].get("current_plan", ""))


def history_entry(
    doc_id: int, doc: Mapping[str, Any], undone_by: Mapping[int, int] | None = None
) -> HistoryEntry:
    """The entry of one history record; ``undone_by``: what undid which change (derived)."""
    if field := history_problem(doc):
        raise FieldProblem(field)
    return HistoryEntry(
        id=doc_id,
        at=str(doc.get("at", "")),
        who=str(doc.get("who", "")),
        named=str(doc.get("as", "")),
        plan=str(doc.get("plan", "")),
        unit=doc.get("unit"),
        action=str(doc.get("action", "")),
        args=doc.get("args") or {},
        edits=tuple(Edit(*edit) for edit in doc.get("edits", [])),
        undoes=doc.get("undoes"),
        undone_by=(undone_by or {}).get(doc_id, doc.get("undone_by")),
    )


def whole_file_problem(data: Mapping[str, Any]) -> Where | None:
    """Where a parsed file is damaged (every plan and unit readable, each unit in a known
    plan with its steps in order, the current plan there, every history record sound), or
    None."""
    numbers = set()
    for doc_id, doc in data["plans"].items():
        try:
            numbers.add(decoded(plan_from_dict, doc).number)
            team = decoded(records_from_dict, doc).team
        except FieldProblem as problem:
            return Where("plan", doc_id, problem.field)
        if problem := records_problem(team):
            return Where("plan", doc_id, problem)
    for doc_id, doc in data["units"].items():
        try:
            unit = decoded(unit_from_dict, doc)
        except FieldProblem as problem:
            return Where("unit", doc_id, problem.field)
        if problem := progress_problem(unit):
            return Where("unit", doc_id, problem[0])
        if not isinstance(doc.get("plan"), str) or doc["plan"] not in numbers:
            return Where("unit", doc_id, "plan")
    if current_plan(data) not in numbers:
        return Where("_meta", field="current_plan")
    for doc_id, doc in data.get("history", {}).items():
        if field := history_problem(doc):
            return Where("history", doc_id, field)
    return None
