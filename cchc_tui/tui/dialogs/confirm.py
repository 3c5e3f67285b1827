"""Asking yes or no before something that cannot be typed back (an undo)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.widgets import Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.dialogs.base import Dialog
from cchc_tui.tui.keys import bind


class ConfirmDialog(Dialog[bool]):
    """Says what will happen; Enter or y does it, Escape or n does not."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("enter,y", "answer(True)", "confirm-yes"),
        bind("n", "answer(False)", "confirm-no"),
    ]

    def __init__(self, title: str, question: str, lang: Lang) -> None:
        super().__init__(title, lang)
        self.question = question

    def body(self) -> ComposeResult:
        yield Static(Content(self.question), classes="dialog-question")

    def keys_hint(self) -> str:
        return t("tui.confirm_keys", self.lang)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_cancel(self) -> None:
        self.dismiss(False)
