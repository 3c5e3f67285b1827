"""Choosing one of a few values (a conclusion, a verdict) with the arrows and Enter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.dialogs.base import Dialog
from cchc_tui.tui.keys import bind


class ChoiceDialog(Dialog[str | None]):
    """Returns the chosen option's value; None on Escape. ``offered`` is highlighted first."""

    def __init__(
        self, title: str, options: Sequence[tuple[str, str]], offered: str | None, lang: Lang
    ) -> None:
        super().__init__(title, lang)
        self.options = options
        self.offered = offered

    def body(self) -> ComposeResult:
        choices = OptionList(
            *(Option(Content(label), id=value) for value, label in self.options), id="choices"
        )
        values = [value for value, _ in self.options]
        choices.highlighted = values.index(self.offered) if self.offered in values else 0
        yield choices

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class VerdictDialog(ChoiceDialog):
    """A checklist item's verdict: v or space moves to the next one, Enter records it once."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("v,space", "next_option", "next-verdict")]

    def keys_hint(self) -> str:
        return t("tui.verdict_keys", self.lang)

    def action_next_option(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = ((choices.highlighted or 0) + 1) % choices.option_count
