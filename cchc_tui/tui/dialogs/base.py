"""What every dialog shares: a framed box over the screen, a title, Escape to cancel.

Dialogs only collect and check what a person types; the app decides what to do with
it. No lock is held while a dialog waits: the store locks only inside ``apply``.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.keys import bind

Answer = TypeVar("Answer")


class Dialog(ModalScreen[Answer]):
    """A modal box: subclasses add the field in ``body``; Escape dismisses with None."""

    CSS_PATH = "dialogs.tcss"  # every dialog is in this folder, so it finds the file too

    BINDINGS: ClassVar[list[BindingType]] = [bind("escape", "cancel", "cancel")]

    def __init__(self, title: str, lang: Lang) -> None:
        super().__init__()
        self.heading = title
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.heading), classes="dialog-title")
            yield from self.body()
            yield Static(Content(""), classes="dialog-message")
            yield Static(Content(self.keys_hint()), classes="dialog-keys")

    def body(self) -> ComposeResult:
        raise NotImplementedError

    def keys_hint(self) -> str:
        """The line that says which keys answer."""
        return t("tui.dialog_keys", self.lang)

    def say(self, text: str, *, error: bool) -> None:
        """Show a line under the field: a problem (the dialog stays open) or a reading."""
        message = self.query_one(".dialog-message", Static)
        message.update(Content(text))
        message.set_class(error, "-error")

    def action_cancel(self) -> None:
        self.dismiss(None)
