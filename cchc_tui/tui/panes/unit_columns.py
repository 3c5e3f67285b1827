"""What the units table shows: its columns, which fit a width, the words of a row, the orders.

Plain functions over core values, so the table widget only lays out and paints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from cchc_tui.core.dates import format_date
from cchc_tui.core.due_words import countdown
from cchc_tui.core.i18n import (
    Lang,
    conclusion_word,
    kind_word,
    t,
)
from cchc_tui.core.model import Plan, Stage, Unit
from cchc_tui.core.summary import UnitRow, unit_words
from cchc_tui.core.text import fold
from cchc_tui.tui.panes.virtual_list import fit

NAME_MIN = 20
GAP = 1
# The kind column is as wide as the plan's longest kind name ("Cơ quan chuyên môn"), within these.
KIND_WIDTHS = (4, 18)


class Column(Struct, frozen=True):
    """A column; ``drop`` orders which go first when the pane is narrow (0: never)."""

    id: str
    header: str  # i18n key, "" for none
    width: int
    drop: int


# The stage goes before the date: the next step ("Báo lịch: hôm nay") mostly says it.
COLUMNS: tuple[Column, ...] = (
    Column("mark", "", 1, 0),
    Column("name", "col.unit", NAME_MIN, 0),
    Column("kind", "col.kind", 8, 7),
    Column("mode", "col.mode", 9, 4),
    Column("date", "col.date", 10, 2),
    Column("stage", "col.stage", 17, 3),
    Column("due", "col.due", 10, 6),
    Column("next", "tui.col.next", 25, 1),
    Column("conclusion", "col.conclusion", 20, 5),
)

MARK_OVERDUE = "!"
MARK_DONE = "✓"
MARK_NOT_IN_PLAN = "*"
NAME_MARK = f" {MARK_NOT_IN_PLAN}"  # after the name of a unit the plan's text does not name


def kind_width(plan: Plan, lang: Lang) -> int:
    """The width of the kind column: the plan's longest kind name, within ``KIND_WIDTHS``."""
    widest = max((len(kind_word(plan, code, lang)) for code in plan.kinds), default=0)
    least, most = KIND_WIDTHS
    return min(max(widest, least), most)


@cache
def fit_columns(width: int, kind: int = COLUMNS[2].width) -> tuple[tuple[Column, int], ...]:
    """The columns that fit ``width`` and their widths (``kind`` for the kind column); the
    name takes what is left."""
    kept = [replace(column, width=kind) if column.id == "kind" else column for column in COLUMNS]
    while True:
        used = sum(column.width for column in kept) + GAP * (len(kept) - 1)
        droppable = [column for column in kept if column.drop]
        if used <= width or not droppable:
            break
        kept.remove(max(droppable, key=lambda column: column.drop))
    spare = max(0, width - used)
    return tuple(
        (column, column.width + spare if column.id == "name" else column.width) for column in kept
    )


@cache
def headers(lang: Lang) -> dict[str, str]:
    return {column.id: t(column.header, lang) if column.header else "" for column in COLUMNS}


def marks_sources(plan: Plan, units: Sequence[Unit]) -> bool:
    """Whether any unit, or any item of the plan's checklists, is not in the plan's text."""
    if any(item.source for items in plan.checklists.values() for item in items):
        return True
    return any(not unit.in_seed for unit in units)


def is_overdue(row: UnitRow) -> bool:
    return row.deadline is not None and row.deadline.overdue


def is_done(row: UnitRow) -> bool:
    """Concluded, and its fixes reported when the conclusion asked for them."""
    return row.stage in (Stage.CONCLUDED, Stage.FIXED) and row.next_step is None


def row_words(plan: Plan, row: UnitRow, lang: Lang) -> dict[str, str]:
    """Every column's text for one unit (literal text, control characters removed)."""
    unit = row.unit
    deadline = row.deadline
    words = unit_words(plan, unit, lang, row.stage)
    mark = MARK_OVERDUE if is_overdue(row) else MARK_DONE if is_done(row) else ""
    return {
        **words,
        "mark": mark,
        "name": words["name"] + ("" if unit.in_seed else NAME_MARK),
        "due": format_date(deadline.due) if deadline else "",
        "next": next_words(row, lang),
        "conclusion": conclusion_word(unit.conclusion, lang),
    }


def fitted_name(name: str, width: int) -> str:
    """The name column's text in ``width`` cells: a long name is cut, never its mark."""
    if name.endswith(NAME_MARK) and len(name) > width:
        return fit(name.removesuffix(NAME_MARK), width - len(NAME_MARK)) + NAME_MARK
    return name


def next_words(row: UnitRow, lang: Lang) -> str:
    """What is due next and when: "Báo lịch: hôm nay", "Nhận BC: quá hạn 3 ngày"."""
    if row.next_step is None:
        return ""
    step = t(f"tui.step_short.{row.next_step}", lang)
    if row.deadline is None:
        return step
    return f"{step}: {countdown(row.deadline, lang)}"


SORTS: tuple[str, ...] = ("plan", "name", "date", "stage", "deadline")
_STAGE_ORDER = {stage: number for number, stage in enumerate(Stage)}
_FAR = date.max


def sort_key(order: str) -> Callable[[UnitRow], Any]:
    """How rows compare under ``order`` ("plan" keeps the plan's own order)."""
    if order == "name":
        return lambda row: fold(row.unit.display_name)
    if order == "date":
        return lambda row: row.unit.inspection_date or _FAR
    if order == "stage":
        return lambda row: _STAGE_ORDER[row.stage]
    if order == "deadline":
        return lambda row: row.deadline.due if row.deadline else _FAR
    raise ValueError(order)


def sorted_keys(rows: Sequence[UnitRow], order: str) -> list[str]:
    """Unit keys in ``order``; ties keep the plan's order (the sort is stable)."""
    if order == "plan":
        return [row.unit.key for row in rows]
    return [row.unit.key for row in sorted(rows, key=sort_key(order))]
