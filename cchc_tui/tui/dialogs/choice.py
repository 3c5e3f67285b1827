"""Choosing one of a few values (a conclusion) with the arrows and Enter."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cchc_tui.core.i18n import Lang
from cchc_tui.tui.dialogs.base import Dialog


class ChoiceDialog(Dialog[str | None]):
    """Returns the chosen option's value; None on Escape."""

    def __init__(
        self, title: str, options: Sequence[tuple[str, str]], current: str | None, lang: Lang
    ) -> None:
        super().__init__(title, lang)
        self.options = options
        self.current = current

    def body(self) -> ComposeResult:
        choices = OptionList(
            *(Option(Content(label), id=value) for value, label in self.options), id="choices"
        )
        values = [value for value, _ in self.options]
        choices.highlighted = values.index(self.current) if self.current in values else 0
        yield choices

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
