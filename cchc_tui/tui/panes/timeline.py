"""The timeline grid: a row per unit inspected directly, a column per day, the names fixed
at the left while the days scroll a week at a time (← → or h l; t for this week)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.strip import Strip

from cchc_tui.core.i18n import Lang
from cchc_tui.core.timeline import Timeline
from cchc_tui.core.timeline_text import (
    CELL,
    NAME_WIDTH,
    cell_text,
    header_lines,
    row_names,
)
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import OpenDetail
from cchc_tui.tui.panes.virtual_list import VirtualList, fit

WEEK = 7


class TimelineGrid(VirtualList):
    """Days across, units down; Enter opens the unit's page."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("left,h", "scroll_weeks(-1)", "week-back"),
        bind("right,l", "scroll_weeks(1)", "week-on"),
        bind("t", "this_week", "timeline-today"),
        bind("enter", "select", "open-detail"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-grid--off",
        "timeline-grid--today",
        "timeline-grid--done",
        "timeline-grid--due",
        "timeline-grid--overdue",
    }
    header_height = 4  # month, today's ▼, weekdays, day numbers

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.timeline: Timeline | None = None
        self.first_shown = 0  # index of the first day on screen: a Monday
        self.names: list[str] = []  # each row's name, worked out once per timeline
        self.name_width = NAME_WIDTH[0]

    def show(self, timeline: Timeline) -> None:
        """New rows; the first time, from the week before today's (what just fell due)."""
        first_time = self.timeline is None
        self.timeline = timeline
        self.names, self.name_width = row_names(timeline)
        if first_time:
            self.action_this_week()
        self.first_shown = min(self.first_shown, self._last_start())
        self.rows_changed()

    # --- what is on screen --------------------------------------------------------------

    def _shown_days(self, width: int) -> list[date]:
        if self.timeline is None:
            return []
        fitting = max(1, (width - self.name_width - 1) // CELL)
        return self.timeline.days[self.first_shown : self.first_shown + fitting]

    def _last_start(self) -> int:
        days = len(self.timeline.days) if self.timeline else 0
        return max(0, (days - 1) // WEEK * WEEK)

    # --- drawing ------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self.timeline.rows) if self.timeline else 0

    def render_line(self, y: int) -> Strip:
        if y >= self.header_height or self.timeline is None:
            return super().render_line(y)
        width = self._pass_width
        style = self._pass_style + self.component_style("virtual-list--header")
        days = self._shown_days(width)
        lines = header_lines(days, self.timeline.today, self.lang)
        if self.timeline.today not in days:  # the ▼ line keeps its place
            lines.insert(1, "")
        names = " " * (self.name_width + 1)
        return Strip([Segment(names + lines[y], style)]).adjust_cell_length(width, style)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        assert self.timeline is not None
        timeline = self.timeline
        row = timeline.rows[index]
        name_width = self.name_width
        segments = [Segment(fit(self.names[index], name_width) + " ", style)]
        for day in self._shown_days(width):
            mark = row.marks.get(day)
            cell_style = style
            off = day in timeline.days_off
            if off:
                cell_style += self.component_style("timeline-grid--off")
            if day == timeline.today:
                cell_style += self.component_style("timeline-grid--today")
            if mark is not None:
                state = "done" if mark.done else "overdue" if mark.overdue else "due"
                cell_style += self.component_style(f"timeline-grid--{state}")
            segments.append(Segment(cell_text(mark, off, self.lang), cell_style))
        return Strip(segments).adjust_cell_length(width, style)

    # --- keys ---------------------------------------------------------------------------

    def action_scroll_weeks(self, weeks: int) -> None:
        self.first_shown = max(0, min(self.first_shown + weeks * WEEK, self._last_start()))
        self._drawn.clear()
        self.refresh()

    def action_this_week(self) -> None:
        """The week before today's first, so that what has just fallen due shows too."""
        if self.timeline is not None and self.timeline.today in self.timeline.days:
            week = self.timeline.days.index(self.timeline.today) // WEEK
            self.first_shown = max(0, week - 1) * WEEK
            self._drawn.clear()
            self.refresh()

    def chosen(self, index: int) -> None:
        if self.timeline is not None:
            self.post_message(OpenDetail(self.timeline.rows[index].unit.key))
