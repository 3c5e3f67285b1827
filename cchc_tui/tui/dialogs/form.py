"""Asking for a few fields at once (a team member, a decision, a period's figures, the fixes
asked for): each field on its own line, Enter goes on to the next and records on the last.

The answers are checked as a whole before the dialog closes, by the same rules the store
job will apply, so what is wrong is said while the person can still fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.dialogs.base import Dialog

# The answers by field name: None when they will do, else the message saying why not.
FormCheck = Callable[[dict[str, str]], str | None]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    value: str = ""
    placeholder: str = ""


class FormDialog(Dialog[dict[str, str] | None]):
    """Returns every field's text once ``check`` accepts them; None on Escape."""

    def __init__(self, title: str, fields: Sequence[Field], check: FormCheck, lang: Lang) -> None:
        super().__init__(title, lang)
        self.fields = tuple(fields)
        self.check = check

    def body(self) -> ComposeResult:
        for field in self.fields:
            yield Static(Content(field.label), classes="form-label")
            yield Input(field.value, placeholder=field.placeholder, id=f"form-{field.name}")

    def keys_hint(self) -> str:
        return t("tui.form_keys", self.lang)

    def answers(self) -> dict[str, str]:
        return {
            field.name: self.query_one(f"#form-{field.name}", Input).value for field in self.fields
        }

    @on(Input.Changed)
    def _changed(self) -> None:
        self.say("", error=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        here = inputs.index(event.input)
        if here + 1 < len(inputs):
            inputs[here + 1].focus()
            return
        answers = self.answers()
        problem = self.check(answers)
        if problem is None:
            self.dismiss(answers)
        else:
            self.say(problem, error=True)
