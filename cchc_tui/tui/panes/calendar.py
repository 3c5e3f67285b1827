"""The calendar pane: a month grid with inspection and deadline days, and the agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import get_current_worker

from cchc_tui.core.dates import format_date, month_start, month_weeks, shift_months
from cchc_tui.core.deadlines import Deadline
from cchc_tui.core.due_words import day_off_text, send_by_text
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan
from cchc_tui.core.workdays import Workdays, workdays
from cchc_tui.tui.deadlines import DayEvent, DeadlineBook, day_mark
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import JumpToUnit
from cchc_tui.tui.panes.agenda import AgendaList
from cchc_tui.tui.state import ShowsState, State

# A day is " 25• " when there is room, "25•" when that is what lets two months sit side by
# side (the mark's column then parts the days).
WIDE_CELL, NARROW_CELL = 5, 3
MONTHS_ACROSS, GAP = 2, 2
OFF_STYLE = "italic $error"  # weekends, holidays and the plan's days off


class MonthGrid(Widget, can_focus=True):
    """A Monday-first month; the cursor day moves with the arrows, h/j/k/l and by month."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("left,h", "move(-1)", "day-left", show=False),
        bind("right,l", "move(1)", "day-right", show=False),
        bind("up,k", "move(-7)", "week-up", show=False),
        bind("down,j", "move(7)", "week-down", show=False),
        bind("less_than_sign,pageup", "month(-1)", "prev-month"),
        bind("greater_than_sign,pagedown", "month(1)", "next-month"),
        bind("t", "go_today", "go-today", show=False),
        bind("enter", "choose", "jump-day"),
    ]

    DEFAULT_CSS = "MonthGrid { height: auto; width: auto; }"

    day: reactive[date] = reactive(date.min, init=False)

    @dataclass
    class DayMoved(Message):
        """The cursor day changed."""

        day: date

    @dataclass
    class DayChosen(Message):
        """Enter on the cursor day."""

        day: date

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.today = date.min
        self.events: dict[date, list[DayEvent]] = {}
        self.workdays: Workdays | None = None
        self.cell = WIDE_CELL

    def show(
        self,
        events: dict[date, list[DayEvent]],
        today: date,
        start: date,
        workdays: Workdays,
    ) -> None:
        """New marks; the first time, open on ``start``'s month (on today if it is there)."""
        first_time = self.today == date.min
        self.events, self.today, self.workdays = events, today, workdays
        if first_time:
            in_month = month_start(today) == month_start(start)
            self.day = today if in_month else start
        self.refresh()

    def render(self) -> Content:
        """The cursor's month, and the next ones beside it when there is room."""
        across, self.cell = 1, WIDE_CELL
        for cell in (WIDE_CELL, NARROW_CELL):
            if (self.size.width + GAP) // (cell * 7 + GAP) >= MONTHS_ACROSS:
                across, self.cell = MONTHS_ACROSS, cell
                break
        months = [self._month(shift_months(self.day, n)) for n in range(across)]
        parts: list[Content | str] = []
        for row, lines in enumerate(zip(*months, strict=True)):
            parts += ["\n" if row else "", Content(" " * GAP).join(lines)]
        return Content.assemble(*parts, self._legend())

    def _month(self, first: date) -> list[Content]:
        """The month's lines: title, weekdays and always six weeks (the grid keeps its height)."""
        title = t(
            "tui.month",
            self.lang,
            month=first.month,
            year=first.year,
            month_name=first.strftime("%B"),
        )
        names = t("tui.weekdays_short", self.lang).split()
        cell = self.cell
        lines = [
            Content.styled(title.center(cell * 7), "bold"),
            Content(
                "".join(
                    (f" {name:<3} " if cell == WIDE_CELL else f"{name:<3}")[:cell] for name in names
                )
            ),
        ]
        weeks = month_weeks(first)
        weeks += [[None] * 7] * (6 - len(weeks))
        lines += [Content.assemble(*(self._cell(day) for day in week)) for week in weeks]
        return lines

    def _legend(self) -> Content:
        return Content.assemble(
            "\n",
            t("tui.legend", self.lang),
            "\n",
            ("25", self._today_style()),
            " ",
            t("tui.legend_today", self.lang),
            "  ",
            ("25", OFF_STYLE),
            " ",
            t("tui.legend_off", self.lang),
        )

    def _today_style(self) -> str:
        # The narrow grid has no room for brackets: the cursor day takes "reverse" there.
        return "reverse" if self.cell == WIDE_CELL else "bold underline"

    def _cell(self, day: date | None) -> Content:
        if day is None:
            return Content(" " * self.cell)
        mark = day_mark(self.events.get(day, []))
        number = f"{day.day:>2}"
        style = self._today_style() if day == self.today else ""
        if self.workdays is not None and self.workdays.is_off(day):
            style += " " + OFF_STYLE
        if self.cell == NARROW_CELL:
            return Content.assemble((number, style + (" reverse" if day == self.day else "")), mark)
        if day == self.day:
            left, right = ("[", "]") if self.has_focus else (">", " ")
            return Content.assemble(left, (number, style + " bold"), mark, right)
        return Content.assemble(" ", (number, style), mark, " ")

    def watch_day(self) -> None:
        self.refresh()
        self.post_message(self.DayMoved(self.day))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, days: int) -> None:
        self.day += timedelta(days=days)

    def action_month(self, months: int) -> None:
        target = shift_months(self.day, months)
        self.day = target if month_start(self.today) != target else self.today

    def action_go_today(self) -> None:
        self.day = self.today

    def action_choose(self) -> None:
        self.post_message(self.DayChosen(self.day))


class CalendarPane(Vertical, ShowsState):
    """The month grid, what is on its cursor day, and the agenda under them.

    Marks and agenda are worked out in a thread: at 10,000 units they take a fifth of
    a second, which must not hold up the first frame or the keys.
    """

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self._chosen: tuple[date, int] = (date.min, -1)
        self._book = DeadlineBook()
        self.plan: Plan | None = None

    def compose(self) -> ComposeResult:
        yield MonthGrid(self.lang, id="month")
        yield Static(id="day-info")
        yield AgendaList(self.lang, id="agenda")

    def on_mount(self) -> None:
        self.query_one(MonthGrid).border_title = Content(t("tui.pane.calendar", self.lang))
        self.query_one(AgendaList).border_title = Content(t("tui.pane.agenda", self.lang))

    def show_state(self, state: State) -> None:
        # Described by hand: Textual would describe it by repr() of 10,000 units.
        worker = partial(self._work_out, state)
        self.run_worker(
            worker, description="calendar", group="calendar", exclusive=True, thread=True
        )

    def _work_out(self, state: State) -> None:
        snapshot, today = state.snapshot, state.today
        plan = snapshot.plan
        events, lines = self._book.read(snapshot, today)
        start = plan.window_start or plan.issued_on
        days = workdays(plan)
        # The holidays of the years on screen, looked up here rather than while drawing.
        for year in {start.year, today.year}:
            days.is_off(date(year, 1, 1))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, plan, start, today, events, lines)

    def _show(
        self,
        plan: Plan,
        start: date,
        today: date,
        events: dict[date, list[DayEvent]],
        lines: list[Deadline],
    ) -> None:
        self.plan = plan
        grid = self.query_one(MonthGrid)
        grid.show(events, today, start, workdays(plan))
        self.query_one(AgendaList).show(lines, plan)
        self._describe(grid.day)

    def _describe(self, day: date) -> None:
        """The day, why it is off (and the working day to send by), and what is due on it."""
        events = self.query_one(MonthGrid).events.get(day, [])
        shown = format_date(day)
        if self.plan is not None and (off := day_off_text(self.plan, day, self.lang)):
            by = send_by_text(self.plan, day, self.lang) if events else None
            shown += f" ({t('tui.day_off', self.lang, off=off)}{f' — {by}' if by else ''})"
        elif self.plan is not None and day in self.plan.working_days:
            shown += f" ({t('tui.working_made_up', self.lang)})"
        text = (
            f"{shown}: " + "; ".join(event.text(self.lang) for event in events)
            if events
            else t("tui.day_empty", self.lang, date=shown)
        )
        self.query_one("#day-info", Static).update(Content(text))

    @on(MonthGrid.DayMoved)
    def _day_moved(self, event: MonthGrid.DayMoved) -> None:
        self._describe(event.day)
        agenda = self.query_one(AgendaList)
        line = agenda.first_on(event.day)
        if line is not None:
            agenda.move_to(line)

    @on(MonthGrid.DayChosen)
    def _day_chosen(self, event: MonthGrid.DayChosen) -> None:
        """Go to the day's first unit; Enter again goes to the next one."""
        events = self.query_one(MonthGrid).events.get(event.day, [])
        if not events:
            return
        day, last = self._chosen
        turn = (last + 1) % len(events) if day == event.day else 0
        self._chosen = (event.day, turn)
        self.post_message(JumpToUnit(events[turn].unit_key))
