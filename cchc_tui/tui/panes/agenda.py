"""The agenda: open steps due soon, overdue first, each with its countdown and step."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip

from cchc_tui.core.deadlines import Deadline
from cchc_tui.core.due_words import countdown
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan
from cchc_tui.core.text import one_line
from cchc_tui.core.workdays import workdays
from cchc_tui.tui.deadlines import AGENDA_DAYS
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import JumpToUnit
from cchc_tui.tui.panes.virtual_list import Cell, VirtualList, cells_strip

DAY_WIDTH, WEEKDAY_WIDTH, NAME_MIN = 5, 2, 8


class AgendaList(VirtualList):
    """One line per open step due within ``AGENDA_DAYS`` days (or overdue): its day (with the
    weekday when it is a day off), countdown, step and unit."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("enter", "select", "jump-agenda")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "agenda--overdue",
        "agenda--today",
        "agenda--day-off",
    }

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.lines: list[Deadline] = []
        self._off: dict[date, str] = {}
        self._widths = (0, 0, 0)

    def show(self, lines: list[Deadline], plan: Plan) -> None:
        """Show these open steps (``core.deadlines.agenda``'s order)."""
        self.lines = lines
        days = workdays(plan)
        weekdays = t("tui.weekdays_short", self.lang).split()
        self._off = {
            line.due: weekdays[line.due.weekday()] for line in lines if days.is_off(line.due)
        }
        # Columns as wide as their longest text: a working-day countdown is longer.
        self._widths = (
            WEEKDAY_WIDTH if self._off else 0,
            max((cell_len(countdown(line, self.lang)) for line in lines), default=0),
            max((cell_len(self._step(line)) for line in lines), default=0),
        )
        self.rows_changed()
        empty = t("agenda.empty", self.lang, days=AGENDA_DAYS)
        self.border_subtitle = None if self.lines else Content(empty)

    def _step(self, line: Deadline) -> str:
        return t(f"agenda.step.{line.step}", self.lang)

    def first_on(self, day: date) -> int | None:
        """The first line due on ``day``."""
        return next((n for n, line in enumerate(self.lines) if line.due == day), None)

    def row_count(self) -> int:
        return len(self.lines)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        line = self.lines[index]
        if line.overdue:
            style += self.component_style("agenda--overdue")
        elif line.days_left == 0:
            style += self.component_style("agenda--today")
        weekday_width, countdown_width, step_width = self._widths
        off = self._off.get(line.due)
        off_style = self.component_style("agenda--day-off") if off else None
        name_width = max(NAME_MIN, width - DAY_WIDTH - sum(self._widths) - len(self._widths) - 1)
        # "Xã Vĩnh Hưng" when it fits, else "Vĩnh Hưng" rather than "Xã Vĩnh H…"
        name = one_line(line.unit.display_name)
        if cell_len(name) > name_width:
            name = one_line(line.unit.name)
        cells = [
            Cell(line.due.strftime("%d/%m"), DAY_WIDTH, off_style),
            *([Cell(off or "", weekday_width, off_style)] if weekday_width else []),
            Cell(countdown(line, self.lang), countdown_width),
            Cell(self._step(line), step_width),
            Cell(name, name_width),
        ]
        return cells_strip(cells, width, style)

    def chosen(self, index: int) -> None:
        self.post_message(JumpToUnit(self.lines[index].unit.key))
