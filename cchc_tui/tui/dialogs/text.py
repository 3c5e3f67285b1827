"""Asking for a line of text (a note), refusing what the workflow would refuse."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input

from cchc_tui.core.i18n import Lang
from cchc_tui.tui.dialogs.base import Dialog

# Whether the text is acceptable: None, or the message saying why not.
TextCheck = Callable[[str], str | None]


class TextDialog(Dialog[str | None]):
    """Returns the text typed once ``check`` accepts it; None on Escape."""

    def __init__(self, title: str, initial: str, check: TextCheck, lang: Lang) -> None:
        super().__init__(title, lang)
        self.initial = initial
        self.check = check

    def body(self) -> ComposeResult:
        yield Input(self.initial, id="text-input")

    @on(Input.Changed)
    def _changed(self) -> None:
        self.say("", error=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        problem = self.check(event.value)
        if problem is None:
            self.dismiss(event.value)
        else:
            self.say(problem, error=True)
