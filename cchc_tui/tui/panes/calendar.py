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
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.workflow import Deadline
from cchc_tui.tui.deadlines import DayEvent, DeadlineBook, day_mark
from cchc_tui.tui.keys import LocalisedBindings, bind
from cchc_tui.tui.messages import JumpToUnit
from cchc_tui.tui.panes.agenda import AgendaList
from cchc_tui.tui.state import ShowsState, State

CELL = 5
MONTH_WIDTH = CELL * 7
MONTHS_ACROSS, GAP = 2, 3


class MonthGrid(LocalisedBindings, Widget, can_focus=True):
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

    def show(self, events: dict[date, list[DayEvent]], today: date, start: date) -> None:
        """New marks; the first time, open on ``start``'s month (on today if it is there)."""
        first_time = self.today == date.min
        self.events, self.today = events, today
        if first_time:
            in_month = month_start(today) == month_start(start)
            self.day = today if in_month else start
        self.refresh()

    def render(self) -> Content:
        """The cursor's month, and the next ones beside it when there is room."""
        across = max(1, min(MONTHS_ACROSS, (self.size.width + GAP) // (MONTH_WIDTH + GAP)))
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
        lines = [
            Content.styled(title.center(MONTH_WIDTH), "bold"),
            Content("".join(f" {name:<3} "[:CELL] for name in names)),
        ]
        weeks = month_weeks(first)
        weeks += [[None] * 7] * (6 - len(weeks))
        lines += [Content.assemble(*(self._cell(day) for day in week)) for week in weeks]
        return lines

    def _legend(self) -> Content:
        return Content.assemble(
            "\n",
            t("tui.legend", self.lang),
            "  ",
            (" 25 ", "reverse"),
            " ",
            t("tui.legend_today", self.lang),
        )

    def _cell(self, day: date | None) -> Content:
        if day is None:
            return Content(" " * CELL)
        mark = day_mark(self.events.get(day, []))
        number = f"{day.day:>2}"
        style = "reverse" if day == self.today else ""
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


class CalendarPane(LocalisedBindings, Vertical, ShowsState):
    """The month grid, what is on its cursor day, and the agenda under them.

    Marks and agenda are worked out in a thread: at 10,000 units they take a fifth of
    a second, which must not hold up the first frame or the keys.
    """

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self._chosen: tuple[date, int] = (date.min, -1)
        self._book = DeadlineBook()

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
        events, lines = self._book.read(snapshot, today)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, snapshot.plan.window_start, today, events, lines)

    def _show(
        self, start: date, today: date, events: dict[date, list[DayEvent]], lines: list[Deadline]
    ) -> None:
        grid = self.query_one(MonthGrid)
        grid.show(events, today, start)
        self.query_one(AgendaList).show(lines)
        self._describe(grid.day)

    def _describe(self, day: date) -> None:
        events = self.query_one(MonthGrid).events.get(day, [])
        shown = format_date(day)
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
