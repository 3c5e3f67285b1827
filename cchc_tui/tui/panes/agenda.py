"""The agenda: open steps due soon, overdue first, each with its countdown."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.style import Style
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip

from cchc_tui.core.i18n import Lang, countdown_text, step_word, t
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import Deadline
from cchc_tui.tui.deadlines import AGENDA_DAYS
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import JumpToUnit
from cchc_tui.tui.panes.virtual_list import Cell, VirtualList, cells_strip

DAY_WIDTH, COUNTDOWN_WIDTH, STEP_WIDTH, NAME_MIN = 5, 15, 14, 12


class AgendaList(VirtualList):
    """One line per open step due within ``AGENDA_DAYS`` days (or overdue)."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("enter", "select", "jump-agenda")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"agenda--overdue", "agenda--today"}

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.lines: list[Deadline] = []

    def show(self, lines: list[Deadline]) -> None:
        """Show these open steps (``core.workflow.agenda``'s order)."""
        self.lines = lines
        self.rows_changed()
        empty = t("agenda.empty", self.lang, days=AGENDA_DAYS)
        self.border_subtitle = None if self.lines else Content(empty)

    def first_on(self, day: date) -> int | None:
        """The first line due on ``day``."""
        return next((n for n, line in enumerate(self.lines) if line.due == day), None)

    def row_count(self) -> int:
        return len(self.lines)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        line = self.lines[index]
        if line.overdue:
            style += self.get_component_rich_style("agenda--overdue")
        elif line.days_left == 0:
            style += self.get_component_rich_style("agenda--today")
        fixed = DAY_WIDTH + COUNTDOWN_WIDTH + 2
        with_step = width - fixed - STEP_WIDTH - 2 >= NAME_MIN
        name_width = width - fixed - 1 - (STEP_WIDTH + 1 if with_step else 0)
        cells = [
            Cell(line.due.strftime("%d/%m"), DAY_WIDTH),
            Cell(countdown_text(line.days_left, self.lang), COUNTDOWN_WIDTH),
            Cell(one_line(line.unit.display_name), name_width),
        ]
        if with_step:
            cells.append(Cell(step_word(line.step, self.lang), STEP_WIDTH))
        return cells_strip(cells, width, style)

    def chosen(self, index: int) -> None:
        self.post_message(JumpToUnit(self.lines[index].unit.key))
