"""Asking for a date (DD/MM/YYYY), saying at once what is wrong with it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input

from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, error_text, t
from cchc_tui.tui.dialogs.base import Dialog

# Whether the workflow accepts a day: None, or the message saying why not.
DateCheck = Callable[[date], str | None]
# What the person should know about an accepted day (a deadline passed, a day off...).
DateWarnings = Callable[[date], list[str]]


class DateDialog(Dialog[date | None]):
    """Returns the date typed, once it parses and ``check`` accepts it; None on Escape.
    ``warn``'s sentences show under an accepted day, and Enter still takes it."""

    def __init__(
        self,
        title: str,
        initial: date | None,
        check: DateCheck,
        lang: Lang,
        warn: DateWarnings | None = None,
    ) -> None:
        super().__init__(title, lang)
        self.initial = initial
        self.check = check
        self.warn = warn

    def body(self) -> ComposeResult:
        yield Input(
            format_date(self.initial),
            placeholder=t("tui.date_hint", self.lang),
            max_length=10,
            id="date-input",
        )

    def on_mount(self) -> None:
        self._judge(self.query_one(Input).value)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._judge(event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        day = self._judge(event.value)
        if day is not None:
            self.dismiss(day)

    def _judge(self, text: str) -> date | None:
        """Show what the text means (or why it is refused); the date when it is accepted."""
        if not text.strip():
            self.say("", error=False)  # the empty field shows the expected form itself
            return None
        try:
            day = parse_date(text)
        except UserError as error:
            self.say(error_text(error, self.lang), error=True)
            return None
        problem = self.check(day)
        if problem is not None:
            self.say(problem, error=True)
            return None
        weekday = t(f"tui.weekday.{day.weekday()}", self.lang)
        reading = t("tui.date_reads", self.lang, weekday=weekday, date=format_date(day))
        warnings = self.warn(day) if self.warn else []
        prefix = t("warn.prefix", self.lang)
        self.say("\n".join([reading, *(f"{prefix}: {w}." for w in warnings)]), error=False)
        self.query_one(".dialog-message").set_class(bool(warnings), "-warning")
        return day
