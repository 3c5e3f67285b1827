"""The history: one JSON line per recorded change, in a log beside the data file
(``cchc-tui.json.history``), so that a change costs one append however long the history.

The data file's ``_meta`` holds the commit point: ``history_bytes`` (the committed length of
the log) and ``last_change`` (the id of its last committed line). A change, under the lock,
cuts a crashed writer's uncommitted tail, appends its line and fsyncs it, then writes the
data file with the new commit point. Readers read the log only up to the commit point of the
data file they read: a writer killed between the append and the data file sees its line
ignored, then cut by the next writer.

Nothing is rewritten: an undo names what it undoes and a restore what it rolled back, and
``undone_by`` is derived from those. Lines are written by orjson in one key order, so a unit
or a person is found by searching the bytes for its encoding before any line is parsed.

A file of the first layout (schema 1) keeps its history inside; readers read it from there,
and its first change moves it here (the whole log written to a temp file and renamed, before
the data file drops it).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
from msgspec import Struct

from cchc_tui.core.errors import DataFileError, Detail
from cchc_tui.store import fileio
from cchc_tui.store.layout import history_problem

LOG_SUFFIX = ".history"
RESTORE = "restore"
CHUNK = 1 << 16
_ID_PREFIX = b'{"id":'


def log_path(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + LOG_SUFFIX)


def open_log(path: Path, flags: int, mode: int = 0o600) -> int:
    """The log's descriptor: never through a link, only a regular file, never waiting on a
    FIFO (``fileio.open_regular``, which refuses the rest in one line)."""
    return fileio.open_regular(path, flags, mode)


# --- the lines ----------------------------------------------------------------------------


def line_of(record: Mapping[str, Any]) -> bytes:
    return orjson.dumps(record) + b"\n"


def needle(name: str, value: object) -> bytes:
    """The bytes a field has in every line that holds it: ``"unit":"xa-hong-khe",``."""
    return b'"' + name.encode() + b'":' + orjson.dumps(value) + b","


def line_id(line: bytes) -> int | None:
    """The id a line starts with, read without parsing it; None for a damaged line."""
    if not line.startswith(_ID_PREFIX):
        return None
    digits = line[len(_ID_PREFIX) : line.find(b",", len(_ID_PREFIX))]
    return int(digits) if digits.isdigit() else None


class LogDamage(Exception):
    """The committed log is not what the data file records: ``detail`` says where, in words of
    its own (``detail.log_*``), so a message is in the person's language."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key, params)
        self.detail = Detail(f"log_{key}", **params)


def parse_line(line: bytes, number: int | str) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise LogDamage("line", line=number) from None
    if not isinstance(record, dict) or not isinstance(record.get("id"), int):
        raise LogDamage("line", line=number)
    return record


def legacy_bytes(table: Mapping[str, Mapping[str, Any]]) -> bytes:
    """A first-layout file's history table as log lines, in id order (what migration writes)."""
    lines = []
    for doc_id in sorted(table, key=int):
        doc = table[doc_id]
        lines.append(line_of({"id": int(doc_id), **{k: v for k, v in doc.items() if k != "id"}}))
    return b"".join(lines)


# --- reading the committed part -----------------------------------------------------------


class Committed(Struct):
    """The committed part ``[0, end)`` of a log: on disk (``fd``) or in memory (``data``)."""

    end: int
    fd: int | None = None
    data: bytes = b""

    def read(self, start: int, stop: int) -> bytes:
        if self.fd is None:
            return self.data[start:stop]
        parts = []
        while start < stop:
            part = os.pread(self.fd, stop - start, start)
            if not part:
                raise LogDamage("short")
            parts.append(part)
            start += len(part)
        return b"".join(parts)

    def backward(self) -> Iterator[bytes]:
        """Each line, the last first, reading the log from its end in chunks."""
        stop, pending = self.end, b""
        while stop > 0:
            start = max(0, stop - CHUNK)
            pending = self.read(start, stop) + pending
            stop = start
            lines = pending.split(b"\n")
            pending = lines[0]  # may begin before this chunk
            for line in reversed(lines[1:]):
                if line:
                    yield line
        if pending:
            yield pending

    def _after(self, last_seen: int) -> Iterator[tuple[int | None, bytes]]:
        """Each line after id ``last_seen`` with its id (None: unreadable), the last first."""
        for line in self.backward():
            number = line_id(line)
            if number is not None and number <= last_seen:
                return
            yield number, line

    def newer_than(self, last_seen: int) -> list[dict[str, Any]]:
        """The records after id ``last_seen``, oldest first: reads only that tail."""
        found = [parse_line(line, f"#{n}" if n else "?") for n, line in self._after(last_seen)]
        return found[::-1]

    def newer_ids(self, last_seen: int) -> list[int]:
        """The ids after ``last_seen``, oldest first, read from the lines' starts only."""
        return [n for n, _ in self._after(last_seen) if n is not None][::-1]

    def lines(self) -> list[bytes]:
        whole = self.read(0, self.end)
        return [line for line in whole.split(b"\n") if line]

    def every(self) -> list[dict[str, Any]]:
        """Every record: parsed as one array (a third of the time of line by line); line by
        line only to name a damaged line."""
        lines = self.lines()
        try:
            records = orjson.loads(b"[" + b",".join(lines) + b"]")
        except orjson.JSONDecodeError:
            records = None
        sound = (
            isinstance(records, list)
            and len(records) == len(lines)
            and all(isinstance(r, dict) and isinstance(r.get("id"), int) for r in records)
        )
        if sound:
            return records
        return [parse_line(line, number) for number, line in enumerate(lines, 1)]

    def matching(self, *needles: bytes) -> list[dict[str, Any]]:
        """The records whose line holds one of ``needles``, in order; only those are parsed."""
        whole = self.read(0, self.end)
        starts: set[int] = set()
        for wanted in needles:
            at = whole.find(wanted)
            while at >= 0:
                start = whole.rfind(b"\n", 0, at) + 1
                starts.add(start)
                stop = whole.find(b"\n", at)
                at = whole.find(wanted, stop if stop >= 0 else len(whole))
        records = []
        for start in sorted(starts):
            stop = whole.find(b"\n", start)
            line = whole[start : stop if stop >= 0 else len(whole)]
            records.append(parse_line(line, f"@{start}"))
        return records


@contextlib.contextmanager
def committed_log(data_path: Path, data: Mapping[str, Any]) -> Iterator[Committed]:
    """The committed history of the parsed data file ``data``."""
    if "history" in data:  # first layout: the history is inside
        legacy = legacy_bytes(data["history"])
        yield Committed(len(legacy), data=legacy)
        return
    end = commit_point(data)[0]
    if end == 0:
        yield Committed(0)
        return
    path = log_path(data_path)
    try:
        fd = open_log(path, os.O_RDONLY)
    except OSError as exc:
        raise _log_error(path, exc) from None
    try:
        if os.fstat(fd).st_size < end:
            raise LogDamage("short")
        yield Committed(end, fd=fd)
    finally:
        os.close(fd)


def last_change_of(data: Mapping[str, Any]) -> int:
    """The id of the file's last committed change."""
    if "history" in data:
        return max(map(int, data["history"]), default=0)
    return commit_point(data)[1]


def commit_point(data: Mapping[str, Any]) -> tuple[int, int]:
    """(committed length of the log, id of its last committed change) from ``_meta``."""
    meta = data["_meta"]["1"]
    return int(meta.get("history_bytes", 0)), int(meta.get("last_change", 0))


def _log_error(path: Path, exc: OSError) -> DataFileError:
    if isinstance(exc, FileNotFoundError):
        return DataFileError("db_corrupt", path=str(path), detail=Detail("log_missing"), restore="")
    if isinstance(exc, PermissionError):
        return DataFileError("db_unreadable", path=str(path))
    return DataFileError("db_unreadable", path=f"{path} ({exc.strerror or exc})")


def check_log(log: Committed, last_change: int) -> int:
    """Every committed line a sound record, ids rising, the last one ``last_change``; the
    number of records. Raises ``LogDamage`` naming the first bad line."""
    previous = 0
    records = log.every()
    for number, record in enumerate(records, 1):
        if problem := history_problem(record):
            raise LogDamage("field", line=number, change=record["id"], field=problem)
        if record["id"] <= previous:
            raise LogDamage("order", line=number, change=record["id"])
        previous = record["id"]
    if previous != last_change:
        raise LogDamage("last", change=last_change)
    return len(records)


# --- deriving what was undone -------------------------------------------------------------


def undone_by(records: list[dict[str, Any]]) -> dict[int, int]:
    """Which change undid or rolled back which, from the undo and restore records among
    ``records`` (and what a first-layout file recorded in place)."""
    undone: dict[int, int] = {}
    for record in records:
        if isinstance(record.get("undone_by"), int):
            undone.setdefault(record["id"], record["undone_by"])
        if isinstance(record.get("undoes"), int):
            undone.setdefault(record["undoes"], record["id"])
        if record.get("action") == RESTORE:
            for rolled in (record.get("args") or {}).get("rolled_back", ()):
                if isinstance(rolled, int):
                    undone.setdefault(rolled, record["id"])
    return undone
